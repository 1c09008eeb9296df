using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Compliance.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Stages, in the decision's own transaction, the event that tells the person what a coordinator decided.</summary>
internal static class EquivalentNews
{
    public static async Task StageAsync(ComplianceDbContext db, RecordedEquivalent equivalent, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.AddIntegrationEvent(new EquivalentDecidedIntegrationEvent
        {
            EquivalentId = equivalent.Id, UserId = equivalent.UserId, Training = equivalent.Title, Decision = equivalent.Status.ToString(), Note = equivalent.DecisionNote,
            Requirement = await db.Requirements.Where(r => r.Id == equivalent.RequirementId).Select(r => r.Title).SingleAsync(cancellationToken),
            OccurredAtUtc = nowUtc,
        });
}
