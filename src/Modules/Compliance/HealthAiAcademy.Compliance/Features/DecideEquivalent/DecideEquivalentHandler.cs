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

namespace HealthAiAcademy.Compliance.Features.DecideEquivalent;

internal enum EquivalentDecision
{
    Approve,
    Reject,
}

/// <param name="Note">Why, when rejecting (required); a remark when approving (optional).</param>
internal sealed record DecideEquivalentRequest(EquivalentDecision? Decision, string? Note);

/// <summary>
/// A coordinator approves or rejects training followed elsewhere. An approval meets the requirement from today, so the
/// status API's answers for the person are worked out again in the same transaction (and their webhooks staged).
/// </summary>
internal sealed class DecideEquivalentHandler(ComplianceDbContext db, StandingRecalculation standings, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<EquivalentStatus>> HandleAsync(Guid equivalentId, DecideEquivalentRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead() || currentUser.UserId is not { } coordinatorId)
        {
            return Outcome<EquivalentStatus>.Forbidden(EquivalentRules.DecideRefusal);
        }

        var note = request.Note?.Trim();
        var errors = new ValidationErrors()
            .AddIf(request.Decision is null, "decision", "Approve or Reject.")
            .AddIf(request.Decision == EquivalentDecision.Reject && string.IsNullOrEmpty(note), "note", "Say why it is rejected: the person reads it.")
            .AddIf(note?.Length > RecordedEquivalent.NoteMaxLength, "note", "At most 1000 characters.");
        if (!errors.IsValid)
        {
            return Outcome<EquivalentStatus>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            var equivalent = await db.RecordedEquivalents.SingleOrDefaultAsync(e => e.Id == equivalentId, token);
            if (equivalent is null)
            {
                return Outcome<EquivalentStatus>.NotFound("The equivalent");
            }

            if (equivalent.UserId == coordinatorId)
            {
                return Outcome<EquivalentStatus>.Forbidden("Another coordinator decides on your own training.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var before = equivalent.Status;
            try
            {
                if (request.Decision == EquivalentDecision.Approve)
                {
                    equivalent.Approve(coordinatorId, note, now);
                }
                else
                {
                    equivalent.Reject(coordinatorId, note!, now);
                }
            }
            catch (BusinessRuleViolationException refusal)
            {
                return Outcome<EquivalentStatus>.Conflict(refusal.Message);
            }

            audit.Record(db, AuditActions.EquivalentDecided, new AuditSubject("RecordedEquivalent", equivalent.Id, PersonId: equivalent.UserId),
                new AuditChanges().Add("Status", before.ToString(), equivalent.Status.ToString()), note);
            await EquivalentNews.StageAsync(db, equivalent, now, token);
            if (!await db.SaveUnlessConcurrentChangeAsync(token))
            {
                return Outcome<EquivalentStatus>.Conflict(EquivalentRules.DecidedMeanwhile);
            }

            await standings.StageAsync([equivalent.UserId], token);
            return Outcome<EquivalentStatus>.Ok(equivalent.Status);
        }, cancellationToken);
    }
}
