using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ExportPersonalData;

/// <summary>Whether the person has a private calendar feed, and since when (its secret address stays out of the file).</summary>
internal sealed class PersonalDataExport(CoursesDbContext db) : IPersonalDataSource
{
    public string Module => CoursesModule.Name;

    public async Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var feeds = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).ToListAsync(cancellationToken);
        return [PersonalDataFile.AsJson("calendar-feed.json", feeds.Select(f => new { f.IssuedAtUtc }))];
    }
}
