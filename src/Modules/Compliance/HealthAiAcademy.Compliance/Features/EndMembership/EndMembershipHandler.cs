using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.EndMembership;

internal sealed class EndMembershipHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid unitId, Guid userId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<Guid>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        return await db.InTransactionAsync(async token =>
        {
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UnitId == unitId && m.UserId == userId && m.EndedAtUtc == null, token);
            if (membership is null)
            {
                return Outcome<Guid>.NotFound("The membership");
            }

            membership.End(clock.GetUtcNow().UtcDateTime);
            audit.Record(db, AuditActions.MembershipChanged, new AuditSubject("OrganisationUnit", unitId, PersonId: userId),
                new AuditChanges().Add("Member", true, false));
            await db.SaveChangesAsync(token);
            return Outcome<Guid>.Ok(membership.Id);
        }, cancellationToken);
    }
}
