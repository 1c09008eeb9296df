using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.Assessment.Domain;

internal enum AttemptScoring
{
    Highest,
    Last,
}

internal enum FeedbackTiming
{
    AfterAttempt,
    AfterDueDate,
}

/// <summary>What staff may change about an assessment at any time. Defaults are those of a new assessment.</summary>
internal sealed record AssessmentSettings
{
    public required string Title { get; init; }

    public string? Instructions { get; init; }

    public double Weight { get; init; } = 1;

    public double PassMarkPercent { get; init; } = 55;

    public DateTime? DueAtUtc { get; init; }

    public LateSubmissionPolicy LatePolicy { get; init; }

    public double LatePenaltyPercentPerDay { get; init; } = 10;

    public double LatePenaltyCapPercent { get; init; } = 50;

    public bool ShuffleQuestions { get; init; } = true;

    public int? TimeLimitMinutes { get; init; }

    public int MaxAttempts { get; init; } = 1;

    public AttemptScoring CountedAttempt { get; init; }

    public FeedbackTiming Feedback { get; init; }

    public bool AcceptsText { get; init; } = true;

    public bool AcceptsFile { get; init; }

    public int MaxFileKilobytes { get; init; } = 10_240;

    public IReadOnlyList<string> AllowedFileExtensions { get; init; } = [];

    public bool BlindMarking { get; init; }
}

/// <summary>What work is scored against: the quiz's questions, or the assignment's rubric or points.</summary>
/// <param name="Rubric">Null keeps the current rubric (an update that leaves it out).</param>
internal sealed record AssessmentScoring(IReadOnlyList<Guid> QuestionIds, IReadOnlyList<RubricCriterion>? Rubric, double MaxPoints)
{
    public static AssessmentScoring Points(double maxPoints) => new([], [], maxPoints);
}

/// <summary>One assessment of one offering: a quiz drawn from the course's question bank or an assignment graded by hand.</summary>
internal sealed class AssessmentDefinition
{
    private AssessmentDefinition()
    {
    }

    public AssessmentDefinition(
        Guid id, Guid offeringId, Guid courseId, AssessmentKind kind, Guid createdBy, DateTime createdAtUtc,
        AssessmentSettings settings, AssessmentScoring scoring, bool requiredForCompletion = false)
    {
        Id = id;
        OfferingId = offeringId;
        CourseId = courseId;
        Kind = kind;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
        Apply(settings);
        Apply(scoring);
        RequiredForCompletion = requiredForCompletion;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string? Instructions { get; private set; }

    /// <summary>Relative weight in the offering's final score.</summary>
    public double Weight { get; private set; } = 1;

    public double PassMarkPercent { get; private set; } = 55;

    public DateTime? DueAtUtc { get; private set; }

    public LateSubmissionPolicy LatePolicy { get; private set; }

    public double LatePenaltyPercentPerDay { get; private set; }

    public double LatePenaltyCapPercent { get; private set; }

    public List<Guid> QuestionIds { get; private set; } = [];

    public bool ShuffleQuestions { get; private set; } = true;

    public int? TimeLimitMinutes { get; private set; }

    public int MaxAttempts { get; private set; } = 1;

    public AttemptScoring CountedAttempt { get; private set; }

    public FeedbackTiming Feedback { get; private set; }

    public bool AcceptsText { get; private set; } = true;

    public bool AcceptsFile { get; private set; }

    public int MaxFileKilobytes { get; private set; } = 10_240;

    public List<string> AllowedFileExtensions { get; private set; } = [];

    /// <summary>Criteria × levels × points; empty when graded by plain points out of <see cref="MaxPoints"/>.</summary>
    public List<RubricCriterion> Rubric { get; private set; } = [];

    public double MaxPoints { get; private set; } = 10;

    /// <summary>Passing it is one of the offering's completion rules (kept by Courses, told through an event).</summary>
    public bool RequiredForCompletion { get; private set; }

    /// <summary>Markers see candidate numbers, not names, until a grade is released.</summary>
    public bool BlindMarking { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>
    /// Changes whenever work on this assessment (an attempt, a hand-in, its grade) is saved, in the same transaction, so a
    /// copy of the results read under an earlier stamp is known to be stale by every host.
    /// </summary>
    public Guid ResultsStamp { get; private set; } = Guid.NewGuid();

    public bool HasRubric => Rubric.Count > 0;

    public double AvailablePoints => HasRubric ? Rubric.Sum(c => c.MaxPoints) : MaxPoints;

    public AssessmentSettings Settings => new()
    {
        Title = Title, Instructions = Instructions, Weight = Weight, PassMarkPercent = PassMarkPercent, DueAtUtc = DueAtUtc, LatePolicy = LatePolicy,
        LatePenaltyPercentPerDay = LatePenaltyPercentPerDay, LatePenaltyCapPercent = LatePenaltyCapPercent, ShuffleQuestions = ShuffleQuestions,
        TimeLimitMinutes = TimeLimitMinutes, MaxAttempts = MaxAttempts, CountedAttempt = CountedAttempt, Feedback = Feedback, AcceptsText = AcceptsText,
        AcceptsFile = AcceptsFile, MaxFileKilobytes = MaxFileKilobytes, AllowedFileExtensions = AllowedFileExtensions, BlindMarking = BlindMarking,
    };

    /// <summary>
    /// Changes the settings at any time; the scoring (questions, rubric, points) only while nobody has attempted or handed in
    /// anything, so no one's work is scored against rules they did not see.
    /// </summary>
    /// <exception cref="BusinessRuleViolationException">The scoring would change after work exists.</exception>
    public void Change(AssessmentSettings settings, AssessmentScoring scoring, bool workExists)
    {
        if (workExists && ScoringDiffersFrom(scoring))
        {
            throw new BusinessRuleViolationException(
                "Work has been handed in: the questions, rubric and points can no longer change. Create a new assessment instead.");
        }

        Apply(settings);
        if (!workExists)
        {
            Apply(scoring);
        }
    }

    /// <returns>True when the rule changed (and Courses is to be told).</returns>
    public void WorkChanged() => ResultsStamp = Guid.NewGuid();

    public bool RequireForCompletion(bool required)
    {
        if (RequiredForCompletion == required)
        {
            return false;
        }

        RequiredForCompletion = required;
        return true;
    }

    /// <summary>The participant's own due date: an extension replaces the assessment's.</summary>
    public DateTime? DueFor(DateTime? extendedUntilUtc) => extendedUntilUtc ?? DueAtUtc;

    /// <summary>Null when work handed in at <paramref name="nowUtc"/> is accepted, else why not.</summary>
    public string? RefusesLateWork(DateTime? extendedUntilUtc, DateTime nowUtc) =>
        DueFor(extendedUntilUtc) is { } due && nowUtc > due && LatePolicy == LateSubmissionPolicy.Refuse
            ? "The due date has passed and this assessment does not accept late work."
            : null;

    public double PenaltyFor(DateTime? extendedUntilUtc, DateTime submittedAtUtc) =>
        LatePolicy == LateSubmissionPolicy.Refuse
            ? 0
            : LatePenalty.PenaltyPercent(LatePenalty.DaysLate(DueFor(extendedUntilUtc), submittedAtUtc), LatePenaltyPercentPerDay, LatePenaltyCapPercent);

    public bool Passes(double scorePercent) => scorePercent + 1e-9 >= PassMarkPercent;

    /// <summary>Blind marking hides who handed in the work, and the score by name, until its grade is released.</summary>
    public bool HidesAuthor(GradeState state) => BlindMarking && state != GradeState.Released;

    /// <summary>Null when a participant who has used <paramref name="attemptsUsed"/> attempts may start another, else why not.</summary>
    public string? RefusesAnotherAttempt(int attemptsUsed) =>
        attemptsUsed >= MaxAttempts ? $"All {MaxAttempts} attempts are used." : null;

    private bool ScoringDiffersFrom(AssessmentScoring scoring) =>
        !scoring.QuestionIds.SequenceEqual(QuestionIds)
        || (scoring.Rubric is { } rubric && (rubric.Count != Rubric.Count
            || rubric.Zip(Rubric).Any(pair => pair.First.Title != pair.Second.Title
                || !pair.First.Levels.Select(l => (l.Label, l.Points)).SequenceEqual(pair.Second.Levels.Select(l => (l.Label, l.Points))))))
        || Math.Abs(scoring.MaxPoints - MaxPoints) > 1e-9;

    private void Apply(AssessmentSettings settings)
    {
        Title = settings.Title;
        Instructions = settings.Instructions;
        Weight = settings.Weight;
        PassMarkPercent = settings.PassMarkPercent;
        DueAtUtc = settings.DueAtUtc;
        LatePolicy = settings.LatePolicy;
        LatePenaltyPercentPerDay = settings.LatePenaltyPercentPerDay;
        LatePenaltyCapPercent = settings.LatePenaltyCapPercent;
        ShuffleQuestions = settings.ShuffleQuestions;
        TimeLimitMinutes = settings.TimeLimitMinutes;
        MaxAttempts = settings.MaxAttempts;
        CountedAttempt = settings.CountedAttempt;
        Feedback = settings.Feedback;
        AcceptsText = settings.AcceptsText;
        AcceptsFile = settings.AcceptsFile;
        MaxFileKilobytes = settings.MaxFileKilobytes;
        AllowedFileExtensions = [.. settings.AllowedFileExtensions];
        BlindMarking = settings.BlindMarking;
    }

    private void Apply(AssessmentScoring scoring)
    {
        QuestionIds = [.. scoring.QuestionIds];
        MaxPoints = scoring.MaxPoints;
        if (scoring.Rubric is { } rubric)
        {
            Rubric = [.. rubric];
        }
    }
}
