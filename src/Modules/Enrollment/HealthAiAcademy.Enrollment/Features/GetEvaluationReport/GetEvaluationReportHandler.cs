using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluationReport;

/// <param name="Counts">How many chose 1 to 5 (index 0 is 1); empty while the report is withheld.</param>
/// <param name="OpenAnswers">For an open question, the answers given, in alphabetical order (never in the order given).</param>
internal sealed record EvaluationItemResult(Guid ItemId, EvaluationItemKind Kind, string Text, IReadOnlyList<int> Counts, double? Mean, IReadOnlyList<string> OpenAnswers);

/// <param name="Invited">Everyone who may answer: those who completed, or wait only for the evaluation.</param>
/// <param name="Withheld">Too few answers to show without someone being recognised (<see cref="GetEvaluationReportHandler.MinimumResponses"/>).</param>
internal sealed record EvaluationReport(
    Guid OfferingId, string OfferingTitle, int Invited, int Responses, int ResponseRatePercent, bool Withheld, IReadOnlyList<EvaluationItemResult> Items);

/// <summary>
/// The evaluation's results for the offering's staff and the accreditation body: response rate, each statement's
/// distribution and mean, the open answers. Nothing in it says who answered what.
/// </summary>
internal sealed class GetEvaluationReportHandler(EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff)
{
    /// <summary>Below three answers a teacher could tell who wrote what; the figures wait.</summary>
    public const int MinimumResponses = 3;

    public async Task<Outcome<EvaluationReport>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null || !staff.IsStaffOf(offering))
        {
            return Outcome<EvaluationReport>.NotFound("The offering");
        }

        var evaluation = await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId, cancellationToken);
        if (evaluation is null)
        {
            return Outcome<EvaluationReport>.NotFound("The evaluation");
        }

        var responses = await db.EvaluationResponses.AsNoTracking().Where(r => r.EvaluationId == evaluation.Id).ToListAsync(cancellationToken);
        var invited = await db.Enrollments.Where(e => e.OfferingId == offeringId).CountAsync(Domain.Enrollment.MayEvaluateQuery, cancellationToken);
        var withheld = responses.Count < MinimumResponses;
        var answers = responses.SelectMany(r => r.Answers).ToLookup(a => a.ItemId);
        var items = evaluation.Items.Select(item =>
        {
            if (withheld)
            {
                return new EvaluationItemResult(item.Id, item.Kind, item.Text, [], null, []);
            }

            var scores = answers[item.Id].Where(a => a.Score is not null).Select(a => a.Score!.Value).ToList();
            return new EvaluationItemResult(item.Id, item.Kind, item.Text,
                item.IsLikert ? [.. Enumerable.Range(1, 5).Select(score => scores.Count(s => s == score))] : [],
                scores.Count > 0 ? Math.Round(scores.Average(), 1) : null,
                [.. answers[item.Id].Where(a => a.Text is not null).Select(a => a.Text!).Order(StringComparer.CurrentCulture)]);
        }).ToList();
        var rate = invited == 0 ? 0 : (int)Math.Round(100.0 * responses.Count / Math.Max(invited, responses.Count));
        return Outcome<EvaluationReport>.Ok(new EvaluationReport(offeringId, offering.Title, invited, responses.Count, rate, withheld, items));
    }

    /// <summary>The report as CSV for the accreditation body: totals, a line per statement with its distribution, then the open answers.</summary>
    public static byte[] Csv(EvaluationReport report)
    {
        static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        static IReadOnlyList<string> Row(params string[] fields) => [.. fields, .. Enumerable.Repeat(string.Empty, 9 - fields.Length)];
        return CsvDownloads.Encode([
            Row("Offering", report.OfferingTitle),
            Row("Invited", Number(report.Invited)),
            Row("Responses", Number(report.Responses)),
            Row("Response rate %", Number(report.ResponseRatePercent)),
            Row("Item", "Kind", "1", "2", "3", "4", "5", "Mean", "Answer"),
            .. report.Items.Where(i => i.Kind == EvaluationItemKind.Likert).Select(i => Row([
                i.Text, "Likert", .. i.Counts.Select(c => Number(c)), .. Enumerable.Repeat(string.Empty, 5 - i.Counts.Count), i.Mean is { } mean ? Number(mean) : string.Empty])),
            .. report.Items.Where(i => i.Kind == EvaluationItemKind.Open).SelectMany(i => i.OpenAnswers.Select(answer => Row(i.Text, "Open", "", "", "", "", "", "", answer))),
        ]);
    }
}
