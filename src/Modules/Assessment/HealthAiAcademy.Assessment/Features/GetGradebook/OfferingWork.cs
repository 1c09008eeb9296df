using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GetGradebook;

/// <summary>
/// The submitted quiz attempts and the hand-ins of an offering's assessments, per person, as read under the assessments'
/// results stamps. It holds what was handed in, not what it means: cells are derived with the assessments' current settings
/// (counted attempt, blind marking), so changing a setting needs no new read.
/// </summary>
internal sealed class OfferingWork
{
    private readonly Dictionary<Guid, Guid> stamps;
    private readonly Dictionary<Guid, int> columnOf;
    private readonly Dictionary<Guid, Work[]> byPerson = [];

    private OfferingWork(IReadOnlyList<AssessmentDefinition> assessments)
    {
        stamps = assessments.ToDictionary(a => a.Id, a => a.ResultsStamp);
        columnOf = assessments.Select((a, column) => (a.Id, column)).ToDictionary(a => a.Id, a => a.column);
    }

    /// <summary>Attempts and hand-ins held: the cache's measure of this copy's size.</summary>
    public int Count { get; private set; }

    public static async Task<OfferingWork> ReadAsync(
        AssessmentDbContext db, Guid offeringId, IReadOnlyList<AssessmentDefinition> assessments, CancellationToken cancellationToken)
    {
        // Streamed into per-person arrays: no keyed collection of every attempt and hand-in (at 500 × 20 those were
        // large-object-heap arrays on every request).
        var work = new OfferingWork(assessments);
        await foreach (var attempt in db.Attempts.AsNoTracking()
                           .Where(a => a.OfferingId == offeringId && a.Status == AttemptStatus.Submitted)
                           .Select(a => new { a.AssessmentId, a.UserId, a.Number, a.ScorePercent })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (work.TryLocate(attempt.UserId, attempt.AssessmentId, out var works, out var column))
            {
                (works[column].Attempts ??= []).Add((attempt.Number, attempt.ScorePercent));
                work.Count++;
            }
        }

        await foreach (var handIn in db.Submissions.AsNoTracking()
                           .Where(s => s.OfferingId == offeringId)
                           .Select(s => new { s.AssessmentId, s.UserId, s.State, s.ScorePercent, s.CandidateNumber })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (work.TryLocate(handIn.UserId, handIn.AssessmentId, out var works, out var column))
            {
                works[column].HandIn = new HandIn(handIn.State, handIn.ScorePercent, handIn.CandidateNumber);
                work.Count++;
            }
        }

        return work;
    }

    /// <summary>
    /// True while these are the offering's assessments and no work on any of them was saved since the read. Stamps are
    /// read before the work, so a copy is never older than its stamps say.
    /// </summary>
    public bool IsCurrentFor(IReadOnlyList<AssessmentDefinition> assessments) =>
        assessments.Count == stamps.Count
        && assessments.All(a => stamps.TryGetValue(a.Id, out var stamp) && stamp == a.ResultsStamp);

    public GradebookCell Cell(Guid userId, AssessmentDefinition assessment)
    {
        var work = byPerson.TryGetValue(userId, out var works) ? works[columnOf[assessment.Id]] : default;
        if (assessment.Kind == AssessmentKind.Quiz)
        {
            return work.Attempts is { } mine
                ? new GradebookCell(QuizAttempt.CountedScore(mine, assessment.CountedAttempt), GradebookCell.Submitted)
                : GradebookCell.Missing;
        }

        if (work.HandIn is not { } handIn)
        {
            return GradebookCell.Missing;
        }

        return assessment.HidesAuthor(handIn.State)
            ? GradebookCell.Blind
            : new GradebookCell(handIn.State == GradeState.NotGraded ? null : handIn.ScorePercent, handIn.State.ToString());
    }

    /// <summary>Every hand-in for the assessment, of participants and of people no longer enrolled alike.</summary>
    public IEnumerable<HandIn> HandInsFor(AssessmentDefinition assessment)
    {
        var column = columnOf[assessment.Id];
        return byPerson.Values.Select(works => works[column].HandIn).OfType<HandIn>();
    }

    private bool TryLocate(Guid userId, Guid assessmentId, out Work[] works, out int column)
    {
        if (!columnOf.TryGetValue(assessmentId, out column))
        {
            works = [];
            return false;
        }

        if (!byPerson.TryGetValue(userId, out works!))
        {
            byPerson[userId] = works = new Work[columnOf.Count];
        }

        return true;
    }

    internal sealed record HandIn(GradeState State, double? ScorePercent, int CandidateNumber);

    private struct Work
    {
        public List<(int Number, double? ScorePercent)>? Attempts;
        public HandIn? HandIn;
    }
}
