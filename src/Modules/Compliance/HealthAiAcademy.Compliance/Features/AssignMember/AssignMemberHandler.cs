using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.GetUnit;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.AssignMember;

/// <param name="Email">The person's account.</param>
/// <param name="StaffNumber">Optional: recorded for the person, so HR files and hospital systems find them by it.</param>
internal sealed record AssignMemberRequest(string? Email, Guid? FunctionId, bool IsManager, string? StaffNumber);

/// <summary>An administrator places someone by hand (a new colleague before the next HR file, a secondment HR does not know of).</summary>
internal sealed class AssignMemberHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<MemberView>> HandleAsync(Guid unitId, AssignMemberRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<MemberView>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        var staffNumber = StaffMember.NormalizeStaffNumber(request.StaffNumber);
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", "The email address of the person's account.")
            .AddIf(request.FunctionId is null, "functionId", "The person's function in this unit.")
            .AddIf(staffNumber?.Length > StaffMember.StaffNumberMaxLength, "staffNumber", "A staff number of at most 30 characters.");
        var person = errors.IsValid ? await users.FindByEmailAsync(request.Email!, cancellationToken) : null;
        errors.AddIf(errors.IsValid && person is null, "email", "No account has this email address: invite the person first.");
        if (!errors.IsValid)
        {
            return Outcome<MemberView>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            if (!await db.Units.AnyAsync(u => u.Id == unitId, token))
            {
                return Outcome<MemberView>.NotFound("The unit");
            }

            var function = await db.Functions.SingleOrDefaultAsync(f => f.Id == request.FunctionId, token);
            if (function is null)
            {
                return Outcome<MemberView>.Invalid(new ValidationErrors().Add("functionId", "No function has this id."));
            }

            var member = await db.StaffMembers.SingleOrDefaultAsync(s => s.UserId == person!.UserId, token);
            if (member is null)
            {
                member = new StaffMember(person!.UserId);
                db.StaffMembers.Add(member);
            }

            if (staffNumber is not null && await db.StaffMembers.AnyAsync(s => s.StaffNumber == staffNumber && s.UserId != person!.UserId, token))
            {
                return Outcome<MemberView>.Conflict($"Staff number {staffNumber} belongs to someone else.");
            }

            member.NumberAs(staffNumber);
            var now = clock.GetUtcNow().UtcDateTime;
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == person!.UserId && m.UnitId == unitId && m.EndedAtUtc == null, token);
            var changes = new AuditChanges();
            if (membership is null)
            {
                membership = new Membership(person!.UserId, unitId, function.Id, request.IsManager, MembershipSource.Manual, now);
                db.Memberships.Add(membership);
                changes.Add("Function", (string?)null, function.Name).Add("IsManager", (bool?)null, request.IsManager);
            }
            else
            {
                changes.Add("FunctionId", membership.FunctionId, function.Id).Add("IsManager", membership.IsManager, request.IsManager);
                membership.Change(function.Id, request.IsManager, MembershipSource.Manual);
            }

            audit.Record(db, AuditActions.MembershipChanged, new AuditSubject("OrganisationUnit", unitId, PersonId: person!.UserId), changes);
            return await db.SaveUnlessDuplicateAsync(token)
                ? Outcome<MemberView>.Ok(new MemberView(person.UserId, person.FullName, person.Email, member.StaffNumber, function.Id, function.Name,
                    membership.IsManager, membership.Source, membership.StartedAtUtc))
                : Outcome<MemberView>.Conflict("The person was placed in this unit at the same moment by someone else; look again.");
        }, cancellationToken);
    }
}
