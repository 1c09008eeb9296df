using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.DownloadEquivalentEvidence;

internal sealed record EquivalentEvidenceFile(byte[] Content, string ContentType, string FileName);

/// <summary>The evidence behind an equivalent, for its owner and for coordinators; anyone else's is not found.</summary>
internal sealed class DownloadEquivalentEvidenceHandler(ComplianceDbContext db, ICurrentUser currentUser)
{
    public async Task<Outcome<EquivalentEvidenceFile>> HandleAsync(Guid equivalentId, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var mayReadAll = currentUser.MayRead();
        var file = await (
                from e in db.RecordedEquivalents.AsNoTracking()
                where e.Id == equivalentId && (mayReadAll || e.UserId == userId)
                join evidence in db.EquivalentEvidence on e.Id equals evidence.EquivalentId
                select new EquivalentEvidenceFile(evidence.Content, e.EvidenceContentType, e.EvidenceFileName))
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? Outcome<EquivalentEvidenceFile>.NotFound("The evidence") : Outcome<EquivalentEvidenceFile>.Ok(file);
    }
}
