using System.Globalization;
using CsvHelper;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Data.Specifications;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GetGradebook;

/// <summary>
/// Participants × assessments for staff. Loads with a fixed number of queries whatever the size: the assessments, the participants,
/// their profiles and, when work was saved since this host last read it, all attempt scores and hand-ins of the offering (only the
/// columns needed, kept in <see cref="OfferingWorkCache"/>); everything else is computed in memory.
/// </summary>
internal sealed class GetGradebookHandler(
    AssessmentDbContext db, AssessmentAccess access, IEnrollmentDirectory enrollment, IUserDirectory users, OfferingWorkCache workCache)
{
    // Names sort in the reader's culture (Ł with L); one sort key per name is far cheaper than culture comparisons inside the sort.
    private static readonly Comparer<SortKey> SortKeyOrder = Comparer<SortKey>.Create(SortKey.Compare);

    private static CompareInfo Collation => CultureInfo.CurrentCulture.CompareInfo;

    public async Task<Outcome<Gradebook>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await access.OfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<Gradebook>.NotFound("The offering");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<Gradebook>.Forbidden("The gradebook is for the offering's instructors and coordinators.");
        }

        var assessments = (await db.Assessments.WithSpecification(new OfferingAssessmentsSpecification(offeringId)).ToListAsync(cancellationToken))
            .OrderBy(a => a.DueAtUtc ?? DateTime.MaxValue).ThenBy(a => a.Title, StringComparer.CurrentCulture).ToList();
        var participants = (await enrollment.ParticipantsAsync(offeringId, cancellationToken)).Distinct().ToList();
        var profiles = await users.FindManyAsync(participants, cancellationToken);
        var work = await workCache.GetAsync(db, offeringId, assessments, cancellationToken);

        var required = assessments.Select(a => a.RequiredForCompletion).ToArray();
        var rows = new List<GradebookRow>(participants.Count);
        foreach (var participant in participants)
        {
            var cells = new GradebookCell[assessments.Count];
            var results = new (AssessmentDefinition Assessment, double? Score, bool Required)[assessments.Count];
            var awaitingRelease = false;
            for (var column = 0; column < assessments.Count; column++)
            {
                cells[column] = work.Cell(participant, assessments[column]);
                results[column] = (assessments[column], cells[column].ScorePercent, required[column]);
                awaitingRelease |= cells[column] == GradebookCell.Blind;
            }

            var profile = profiles.GetValueOrDefault(participant);
            rows.Add(new GradebookRow(participant, profile?.FullName ?? "(unknown user)", profile?.RegistrationNumber, cells,
                awaitingRelease ? null : GradebookCalculator.Final([.. results.Select(r => (r.Assessment.Weight, r.Score))]),
                !awaitingRelease && GradebookCalculator.Passes(results), awaitingRelease));
        }

        rows = [.. rows.OrderBy(r => Collation.GetSortKey(r.FullName), SortKeyOrder)];
        var blindDrafts = assessments.Where(a => a.BlindMarking)
            .SelectMany(a => work.HandInsFor(a).Where(h => a.HidesAuthor(h.State)).OrderBy(h => h.CandidateNumber)
                .Select(h => new BlindDraft(a.Id, a.Title, h.CandidateNumber, h.State.ToString(), h.State == GradeState.NotGraded ? null : h.ScorePercent)))
            .ToList();

        return Outcome<Gradebook>.Ok(new Gradebook(offeringId, offering.Title,
            [.. assessments.Select((a, column) => new GradebookColumn(a.Id, a.Title, a.Kind, a.Weight, a.PassMarkPercent, required[column]))],
            rows, GradebookCalculator.Statistics(rows), blindDrafts));
    }

    /// <summary>One line per participant, one column per assessment, then the final score and result; formula-like values stay text.</summary>
    public static string ToCsv(Gradebook gradebook)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(["Full name", "Registration number", .. gradebook.Assessments.Select(a => $"{a.Title} (weight {a.Weight.ToString(CultureInfo.InvariantCulture)})"), "Final %", "Result"]);
            foreach (var row in gradebook.Rows)
            {
                csv.WriteField(row.FullName);
                csv.WriteField(row.RegistrationNumber ?? string.Empty);
                foreach (var cell in row.Cells)
                {
                    csv.WriteField(cell.ScorePercent?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty);
                }

                csv.WriteField(row.FinalPercent?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(row.AwaitingRelease ? "Awaiting release" : row.Passed ? "Pass" : "Fail");
                csv.EndRecord();
            }
        }

        return text.ToString();
    }
}
