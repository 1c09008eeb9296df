using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.ListManagedOfferings;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ShowDashboard;

/// <param name="ToDecide">Applications and approval requests waiting.</param>
/// <param name="OffersLapsing">Seat offers that lapse within a day unless claimed.</param>
/// <param name="ToGrade">Hand-ins waiting for a first grade.</param>
/// <param name="Passes">Results given in the offering's assessments and of them passes.</param>
/// <param name="Certificates">Certificates that stand.</param>
internal sealed record DashboardRow(ManagedOffering Offering, OfferingFigures Figures, int ToDecide, int OffersLapsing, int ToGrade, PassFigures Passes, int Certificates)
{
    public bool NeedsAttention => ToDecide + OffersLapsing + ToGrade > 0;

    /// <summary>Seats taken as a share of capacity; null for offerings without a limit.</summary>
    public int? FillPercent => Offering.Capacity is > 0 and var capacity ? (int)Math.Round(100.0 * Figures.SeatsTaken / capacity) : null;

    /// <summary>Completed participants as a share of those who held a seat; null before anyone did.</summary>
    public int? CompletionPercent => Figures.SeatsTaken > 0 ? (int)Math.Round(100.0 * Figures.Completed / Figures.SeatsTaken) : null;
}

internal sealed record DashboardSession(Guid OfferingId, string OfferingTitle, DateTime StartsAtUtc, int DurationMinutes, string Topic, string? Location);

internal sealed record Dashboard(IReadOnlyList<DashboardRow> Rows, IReadOnlyList<DashboardSession> ThisWeek);

/// <summary>
/// What a coordinator (or an instructor, for the offerings they teach) steers by, on the first page after signing in:
/// decisions and grading waiting, the sessions of the coming week, and per running offering its seats, attendance,
/// completion and pass rates and the certificates that stand.
/// </summary>
internal sealed class ShowDashboardHandler(
    CoursesDbContext db, ListManagedOfferingsHandler offerings, OfferingAccess access, IEnrollmentDirectory enrollments, IAssessmentDirectory assessments,
    ICertificateDirectory certificates, TimeProvider clock)
{
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public async Task<Dashboard> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var running = (await offerings.HandleAsync(cancellationToken))
            .Where(o => o.Status is OfferingStatus.Published or OfferingStatus.Closed)
            .OrderBy(o => o.StartsAtUtc)
            .ToList();
        var ids = running.Select(o => o.Id).ToList();
        var figures = await enrollments.FiguresAsync(ids, now, cancellationToken);
        var toGrade = await assessments.HandInsToGradeAsync(ids, cancellationToken);
        var passes = await assessments.PassFiguresAsync(ids, cancellationToken);
        var issued = await certificates.ValidCountsAsync(ids, cancellationToken);
        var weekEnd = now + Week;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.OfferingId) && s.Status == SessionStatus.Scheduled && s.StartsAtUtc >= now && s.StartsAtUtc < weekEnd)
            .OrderBy(s => s.StartsAtUtc)
            .ToListAsync(cancellationToken);
        var titles = running.ToDictionary(o => o.Id, o => o.Title);
        // Applications and seat offers are the coordinators' to decide; instructors are shown their grading.
        var decides = access.IsCoordinator;
        return new Dashboard(
            [.. running.Select(o => new DashboardRow(o, figures[o.Id], decides ? figures[o.Id].ApplicationsToDecide : 0, decides ? figures[o.Id].OffersLapsingSoon : 0, toGrade.GetValueOrDefault(o.Id), passes[o.Id], issued[o.Id]))],
            [.. sessions.Select(s => new DashboardSession(s.OfferingId, titles[s.OfferingId], s.StartsAtUtc, s.DurationMinutes, s.Topic, s.Location))]);
    }
}
