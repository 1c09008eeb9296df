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
/// their profiles, all attempt scores and all hand-ins of the offering (only the columns needed); everything else is computed in memory.
/// </summary>
internal sealed class GetGradebookHandler(AssessmentDbContext db, AssessmentAccess access, IEnrollmentDirectory enrollment, IUserDirectory users)
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
        var participants = await enrollment.ParticipantsAsync(offeringId, cancellationToken);
        var profiles = await users.FindManyAsync(participants, cancellationToken);
        var attempts = (await db.Attempts.AsNoTracking()
                .Where(a => a.OfferingId == offeringId && a.Status == AttemptStatus.Submitted)
                .Select(a => new { a.AssessmentId, a.UserId, a.Number, a.ScorePercent })
                .ToListAsync(cancellationToken))
            .ToLookup(a => (a.AssessmentId, a.UserId));
        var submissions = (await db.Submissions.AsNoTracking()
                .Where(s => s.OfferingId == offeringId)
                .Select(s => new { s.AssessmentId, s.UserId, s.State, s.ScorePercent, s.CandidateNumber })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.AssessmentId, s.UserId));
        var required = assessments.Where(a => a.RequiredForCompletion).Select(a => a.Id).ToHashSet();

        GradebookCell Cell(AssessmentDefinition assessment, Guid userId)
        {
            if (assessment.Kind == AssessmentKind.Quiz)
            {
                var mine = attempts[(assessment.Id, userId)].ToList();
                return new GradebookCell(QuizAttempt.CountedScore(mine.Select(a => (a.Number, a.ScorePercent)), assessment.CountedAttempt), mine.Count == 0 ? "Missing" : "Submitted");
            }

            if (!submissions.TryGetValue((assessment.Id, userId), out var submission))
            {
                return new GradebookCell(null, "Missing");
            }

            return assessment.HidesAuthor(submission.State)
                ? new GradebookCell(null, Blind)
                : new GradebookCell(submission.State == GradeState.NotGraded ? null : submission.ScorePercent, submission.State.ToString());
        }

        var rows = participants.Distinct().Select(userId =>
        {
            var cells = assessments.Select(a => Cell(a, userId)).ToList();
            var results = assessments.Select((a, i) => (a, cells[i].ScorePercent, required.Contains(a.Id))).ToList();
            var profile = profiles.GetValueOrDefault(userId);
            var awaitingRelease = cells.Any(c => c.State == Blind);
            return new GradebookRow(userId, profile?.FullName ?? "(unknown user)", profile?.RegistrationNumber, cells,
                awaitingRelease ? null : GradebookCalculator.Final([.. results.Select(r => (r.a.Weight, r.ScorePercent))]),
                !awaitingRelease && GradebookCalculator.Passes(results), awaitingRelease);
        }).OrderBy(r => Collation.GetSortKey(r.FullName), SortKeyOrder).ToList();
        var handedIn = submissions.Values.ToLookup(s => s.AssessmentId);
        var blindDrafts = assessments.Where(a => a.BlindMarking)
            .SelectMany(a => handedIn[a.Id].Where(s => a.HidesAuthor(s.State)).OrderBy(s => s.CandidateNumber)
                .Select(s => new BlindDraft(a.Id, a.Title, s.CandidateNumber, s.State.ToString(), s.State == GradeState.NotGraded ? null : s.ScorePercent)))
            .ToList();

        return Outcome<Gradebook>.Ok(new Gradebook(offeringId, offering.Title,
            [.. assessments.Select(a => new GradebookColumn(a.Id, a.Title, a.Kind, a.Weight, a.PassMarkPercent, required.Contains(a.Id)))],
            rows, GradebookCalculator.Statistics(rows), blindDrafts));
    }

    private const string Blind = "Blind";

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
