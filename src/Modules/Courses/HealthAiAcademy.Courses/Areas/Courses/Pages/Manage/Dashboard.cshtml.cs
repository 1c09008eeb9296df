using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.ShowDashboard;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>Staff's first page: what waits for them, this week's sessions, and how each running offering fills and completes.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DashboardModel(ShowDashboardHandler dashboard, IStringLocalizer<CoursesText> text) : PageModel
{
    internal Dashboard Board { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Board = await dashboard.HandleAsync(cancellationToken);

    /// <summary>Seats filled, attendance, completion and pass rate per running offering, as bars.</summary>
    internal RateChart Chart => new(
        text["Rates per running offering"], text["Bars from 0 to 100 %: seats filled, attendance, completion and pass rate of each offering."],
        [text["Seats filled"], text["Attendance"], text["Completion"], text["Pass rate"]],
        [.. Board.Rows.Select(r => new RateChart.Group($"{r.Offering.Title} {r.Offering.CohortLabel}",
            [r.FillPercent, r.Figures.AttendancePercent, r.CompletionPercent, r.Passes.PassPercent]))]);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Board = await dashboard.HandleAsync(cancellationToken);
        var lines = new List<IReadOnlyList<string>>
        {
            new[] { text["Offering"], text["Cohort"], text["Starts"], text["Capacity"], text["Seats taken"], text["Waiting list"], text["Applications to decide"], text["Hand-ins to grade"], text["Completed"], text["Attendance (%)"], text["Completion (%)"], text["Pass rate (%)"], text["Certificates issued"] }.Select(v => v.Value).ToArray(),
        };
        lines.AddRange(Board.Rows.Select(r => new[]
        {
            r.Offering.Title, r.Offering.CohortLabel, BuildingBlocks.Time.AcademyTime.Format(r.Offering.StartsAtUtc, "yyyy-MM-dd"),
            r.Offering.Capacity?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.Figures.SeatsTaken.ToString(CultureInfo.InvariantCulture),
            r.Figures.Waitlisted.ToString(CultureInfo.InvariantCulture), r.ToDecide.ToString(CultureInfo.InvariantCulture),
            r.ToGrade.ToString(CultureInfo.InvariantCulture), r.Figures.Completed.ToString(CultureInfo.InvariantCulture),
            Percent(r.Figures.AttendancePercent), Percent(r.CompletionPercent), Percent(r.Passes.PassPercent), r.Certificates.ToString(CultureInfo.InvariantCulture),
        }));
        return File(CsvDownloads.Encode(lines), CsvDownloads.ContentType, "offerings.csv");
    }

    private static string Percent(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
