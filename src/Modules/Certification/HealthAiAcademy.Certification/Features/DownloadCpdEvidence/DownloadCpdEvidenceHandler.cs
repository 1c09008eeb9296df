using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.DownloadCpdEvidence;

internal sealed record CpdEvidenceFile(byte[] Content, string ContentType, string FileName);

/// <summary>The evidence of one's own activity; anyone else's is not found.</summary>
internal sealed class DownloadCpdEvidenceHandler(CertificationDbContext db, ICurrentUser currentUser)
{
    public async Task<Outcome<CpdEvidenceFile>> HandleAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var activity = await db.CpdActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.UserId == userId, cancellationToken);
        var evidence = activity?.EvidenceFileName is null ? null : await db.CpdEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.ActivityId == activityId, cancellationToken);
        return evidence is null
            ? Outcome<CpdEvidenceFile>.NotFound("The evidence")
            : Outcome<CpdEvidenceFile>.Ok(new CpdEvidenceFile(evidence.Content, activity!.EvidenceContentType!, activity.EvidenceFileName!));
    }
}
