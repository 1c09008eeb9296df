using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.Shared;

internal sealed record BulkRunView(Guid Id, Guid OfferingId, string State, int Total, int Done, int Issued, int Percent, string? Error)
{
    public static BulkRunView From(BulkIssueRun r) =>
        new(r.Id, r.OfferingId, r.State.ToString(), r.Total, r.Done, r.Issued, r.Total == 0 ? (r.State == BulkIssueState.Finished ? 100 : 0) : r.Done * 100 / r.Total, r.Error);
}
