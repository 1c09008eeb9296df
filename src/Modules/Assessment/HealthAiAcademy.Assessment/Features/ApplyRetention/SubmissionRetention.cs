using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.Assessment.Features.ApplyRetention;

/// <summary>
/// Hand-ins of offerings that ended longer ago than the retention period lose their text, file and feedback; the score
/// and the dates stay, so gradebooks, passes and certificates still add up.
/// </summary>
internal sealed class SubmissionRetention(AssessmentDbContext db, ICourseCatalog catalog, IConfiguration configuration) : IRetentionRule
{
    public string Name => "Assessment hand-ins";

    public async Task<int> ApplyAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var endedBefore = nowUtc.AddMonths(-PrivacyOptions.From(configuration).SubmissionRetentionMonths);
        var offeringIds = await db.Submissions.AsNoTracking()
            .Where(s => s.Text != null || s.FileId != null || s.Feedback != null)
            .Select(s => s.OfferingId).Distinct().ToListAsync(cancellationToken);
        var expired = (await catalog.GetOfferingsAsync(offeringIds, cancellationToken)).Where(o => o.EndsAtUtc < endedBefore).Select(o => o.Id).ToList();
        var removed = 0;
        foreach (var offeringId in expired)
        {
            removed += await db.InTransactionAsync(async token =>
            {
                var submissions = await db.Submissions
                    .Where(s => s.OfferingId == offeringId && (s.Text != null || s.FileId != null || s.Feedback != null)).ToListAsync(token);
                var files = submissions.Select(s => s.EraseContent()).OfType<Guid>().ToList();
                await db.Files.Where(f => files.Contains(f.Id)).ExecuteDeleteAsync(token);
                await db.SaveChangesAsync(token);
                return submissions.Count;
            }, _ => true, cancellationToken);
        }

        return removed;
    }
}
