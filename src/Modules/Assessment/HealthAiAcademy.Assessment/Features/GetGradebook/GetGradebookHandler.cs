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
        var participants = (await enrollment.ParticipantsAsync(offeringId, cancellationToken)).Distinct().ToList();
        var profiles = await users.FindManyAsync(participants, cancellationToken);

        // One grid, participants × assessments, filled straight from the query results as they stream in: no keyed
        // collections of every attempt and hand-in (at 500 × 20 those were large-object-heap arrays on every request).
        var grid = new Grid(participants, assessments);
        await foreach (var attempt in db.Attempts.AsNoTracking()
                           .Where(a => a.OfferingId == offeringId && a.Status == AttemptStatus.Submitted)
                           .Select(a => new { a.AssessmentId, a.UserId, a.Number, a.ScorePercent })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            grid.AddAttempt(attempt.UserId, attempt.AssessmentId, attempt.Number, attempt.ScorePercent);
        }

        await foreach (var handIn in db.Submissions.AsNoTracking()
                           .Where(s => s.OfferingId == offeringId)
                           .Select(s => new HandIn(s.AssessmentId, s.UserId, s.State, s.ScorePercent, s.CandidateNumber))
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            grid.AddHandIn(handIn);
        }

        var required = assessments.Select(a => a.RequiredForCompletion).ToArray();
        var rows = new List<GradebookRow>(participants.Count);
        for (var row = 0; row < participants.Count; row++)
        {
            var cells = new GradebookCell[assessments.Count];
            var results = new (AssessmentDefinition Assessment, double? Score, bool Required)[assessments.Count];
            var awaitingRelease = false;
            for (var column = 0; column < assessments.Count; column++)
            {
                cells[column] = grid.Cell(row, column);
                results[column] = (assessments[column], cells[column].ScorePercent, required[column]);
                awaitingRelease |= cells[column].State == Blind;
            }

            var profile = profiles.GetValueOrDefault(participants[row]);
            rows.Add(new GradebookRow(participants[row], profile?.FullName ?? "(unknown user)", profile?.RegistrationNumber, cells,
                awaitingRelease ? null : GradebookCalculator.Final([.. results.Select(r => (r.Assessment.Weight, r.Score))]),
                !awaitingRelease && GradebookCalculator.Passes(results), awaitingRelease));
        }

        rows = [.. rows.OrderBy(r => Collation.GetSortKey(r.FullName), SortKeyOrder)];
        var blindDrafts = assessments.Select((assessment, column) => (assessment, column))
            .Where(a => a.assessment.BlindMarking)
            .SelectMany(a => grid.HandInsIn(a.column).Where(h => a.assessment.HidesAuthor(h.State)).OrderBy(h => h.CandidateNumber)
                .Select(h => new BlindDraft(a.assessment.Id, a.assessment.Title, h.CandidateNumber, h.State.ToString(), h.State == GradeState.NotGraded ? null : h.ScorePercent)))
            .ToList();

        return Outcome<Gradebook>.Ok(new Gradebook(offeringId, offering.Title,
            [.. assessments.Select((a, column) => new GradebookColumn(a.Id, a.Title, a.Kind, a.Weight, a.PassMarkPercent, required[column]))],
            rows, GradebookCalculator.Statistics(rows), blindDrafts));
    }

    private sealed record HandIn(Guid AssessmentId, Guid UserId, GradeState State, double? ScorePercent, int CandidateNumber);

    /// <summary>
    /// What each participant handed in for each assessment, by position. Work of people no longer enrolled has no row; their
    /// blind hand-ins are still listed for the markers, as before release they are anonymous work like any other.
    /// </summary>
    private sealed class Grid(IReadOnlyList<Guid> participants, IReadOnlyList<AssessmentDefinition> assessments)
    {
        private readonly Dictionary<Guid, int> rowOf = participants.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
        private readonly Dictionary<Guid, int> columnOf = assessments.Select((a, column) => (a.Id, column)).ToDictionary(a => a.Id, a => a.column);
        private readonly List<(int Number, double? ScorePercent)>?[] attempts = new List<(int, double?)>?[participants.Count * assessments.Count];
        private readonly HandIn?[] handIns = new HandIn?[participants.Count * assessments.Count];
        private readonly List<(int Column, HandIn HandIn)> withoutRow = [];

        public void AddAttempt(Guid userId, Guid assessmentId, int number, double? scorePercent)
        {
            if (Index(userId, assessmentId) is { } index)
            {
                (attempts[index] ??= []).Add((number, scorePercent));
            }
        }

        public void AddHandIn(HandIn handIn)
        {
            if (Index(handIn.UserId, handIn.AssessmentId) is { } index)
            {
                handIns[index] = handIn;
            }
            else if (columnOf.TryGetValue(handIn.AssessmentId, out var column))
            {
                withoutRow.Add((column, handIn));
            }
        }

        public GradebookCell Cell(int row, int column)
        {
            var assessment = assessments[column];
            var index = (row * assessments.Count) + column;
            if (assessment.Kind == AssessmentKind.Quiz)
            {
                return attempts[index] is { } mine
                    ? new GradebookCell(QuizAttempt.CountedScore(mine, assessment.CountedAttempt), "Submitted")
                    : new GradebookCell(null, "Missing");
            }

            if (handIns[index] is not { } handIn)
            {
                return new GradebookCell(null, "Missing");
            }

            return assessment.HidesAuthor(handIn.State)
                ? new GradebookCell(null, Blind)
                : new GradebookCell(handIn.State == GradeState.NotGraded ? null : handIn.ScorePercent, handIn.State.ToString());
        }

        public IEnumerable<HandIn> HandInsIn(int column) =>
            Enumerable.Range(0, participants.Count).Select(row => handIns[(row * assessments.Count) + column]).OfType<HandIn>()
                .Concat(withoutRow.Where(w => w.Column == column).Select(w => w.HandIn));

        private int? Index(Guid userId, Guid assessmentId) =>
            rowOf.TryGetValue(userId, out var row) && columnOf.TryGetValue(assessmentId, out var column) ? (row * assessments.Count) + column : null;
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
