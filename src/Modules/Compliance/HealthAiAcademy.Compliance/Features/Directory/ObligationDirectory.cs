using HealthAiAcademy.Compliance.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Features.Directory;

internal sealed class ObligationDirectory(ComplianceDbContext db, TimeProvider clock) : IObligationDirectory
{
    public async Task<ObligationSummary> SummaryAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.LoadAsync(db, [userId], clock.GetUtcNow().UtcDateTime, cancellationToken);
        var obligations = rules.ObligationsOf(userId, facts.MembershipsOf(userId), facts.TrainingOf(userId), facts.Day);
        return new ObligationSummary(obligations.Count, obligations.Count(o => !o.IsFulfilled), obligations.Count(o => o.State == ObligationState.Expiring));
    }
}
