using System.Security.Cryptography;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.DownloadSubmissionFile;

internal sealed class DownloadSubmissionFileHandler(AssessmentDbContext db, AssessmentAccess access)
{
    /// <summary>The handed-in file, for its owner and the offering's staff; anyone else is told it does not exist.</summary>
    public async Task<FileDownload?> HandleAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission?.FileId is not { } fileId)
        {
            return null;
        }

        if (submission.UserId != access.UserId)
        {
            var offering = await access.OfferingAsync(submission.OfferingId, cancellationToken);
            if (offering is null || !access.IsStaffOf(offering))
            {
                return null;
            }
        }

        return await db.Files.AsNoTracking().Where(f => f.Id == fileId).Select(f => new FileDownload(f.FileName, f.Content)).SingleOrDefaultAsync(cancellationToken);
    }
}
