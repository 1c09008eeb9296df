using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.NotifyStandingChanges;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.WithdrawEquivalent;

/// <param name="Reason">Required when a coordinator withdraws an approval.</param>
internal sealed record WithdrawEquivalentRequest(string? Reason);

/// <summary>Its owner takes back what still waits; a coordinator withdraws an approval whose evidence did not hold (audited; it stops counting today).</summary>
internal sealed class WithdrawEquivalentHandler(ComplianceDbContext db, StandingRecalculation standings, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<EquivalentStatus>> HandleAsync(Guid equivalentId, WithdrawEquivalentRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<EquivalentStatus>.Forbidden("Sign in to see your obligations.");
        }

        var isCoordinator = currentUser.MayRead();
        return await db.InTransactionAsync(async token =>
        {
            var equivalent = await db.RecordedEquivalents.SingleOrDefaultAsync(e => e.Id == equivalentId && (isCoordinator || e.UserId == userId), token);
            if (equivalent is null)
            {
                return Outcome<EquivalentStatus>.NotFound("The equivalent");
            }

            var byCoordinator = isCoordinator && equivalent.UserId != userId;
            var reason = request.Reason?.Trim();
            if (byCoordinator && equivalent.Status == EquivalentStatus.Approved && string.IsNullOrEmpty(reason))
            {
                return Outcome<EquivalentStatus>.Invalid(new ValidationErrors().Add("reason", "Say why the approval is withdrawn: the person reads it."));
            }

            var before = equivalent.Status;
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                equivalent.Withdraw(userId, byCoordinator, reason, now);
            }
            catch (BusinessRuleViolationException refusal)
            {
                return Outcome<EquivalentStatus>.Conflict(refusal.Message);
            }

            if (byCoordinator)
            {
                audit.Record(db, AuditActions.EquivalentDecided, new AuditSubject("RecordedEquivalent", equivalent.Id, PersonId: equivalent.UserId),
                    new AuditChanges().Add("Status", before.ToString(), equivalent.Status.ToString()), reason);
                await EquivalentNews.StageAsync(db, equivalent, now, token);
            }

            if (!await db.SaveUnlessConcurrentChangeAsync(token))
            {
                return Outcome<EquivalentStatus>.Conflict(EquivalentRules.DecidedMeanwhile);
            }

            if (before == EquivalentStatus.Approved)
            {
                await standings.StageAsync([equivalent.UserId], token);
            }

            return Outcome<EquivalentStatus>.Ok(equivalent.Status);
        }, cancellationToken);
    }
}
