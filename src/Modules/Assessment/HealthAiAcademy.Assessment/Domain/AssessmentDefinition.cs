using HealthAiAcademy.Assessment.Contracts;

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

/// <summary>One assessment of one offering: a quiz drawn from the course's question bank or an assignment graded by hand.</summary>
internal sealed class AssessmentDefinition
{
    private AssessmentDefinition()
    {
    }

    public AssessmentDefinition(Guid id, Guid offeringId, Guid courseId, AssessmentKind kind, string title, Guid createdBy, DateTime createdAtUtc)
    {
        Id = id;
        OfferingId = offeringId;
        CourseId = courseId;
        Kind = kind;
        Title = title;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    public string Title { get; set; } = "";

    public string? Instructions { get; set; }

    /// <summary>Relative weight in the offering's final score.</summary>
    public double Weight { get; set; } = 1;

    public double PassMarkPercent { get; set; } = 55;

    public DateTime? DueAtUtc { get; set; }

    public LateSubmissionPolicy LatePolicy { get; set; }

    public double LatePenaltyPercentPerDay { get; set; }

    public double LatePenaltyCapPercent { get; set; }

    public List<Guid> QuestionIds { get; set; } = [];

    public bool ShuffleQuestions { get; set; } = true;

    public int? TimeLimitMinutes { get; set; }

    public int MaxAttempts { get; set; } = 1;

    public AttemptScoring CountedAttempt { get; set; }

    public FeedbackTiming Feedback { get; set; }

    public bool AcceptsText { get; set; } = true;

    public bool AcceptsFile { get; set; }

    public int MaxFileKilobytes { get; set; } = 10_240;

    public List<string> AllowedFileExtensions { get; set; } = [];

    /// <summary>Criteria × levels × points; empty when graded by plain points out of <see cref="MaxPoints"/>.</summary>
    public List<RubricCriterion> Rubric { get; set; } = [];

    public double MaxPoints { get; set; } = 10;

    /// <summary>Passing it is one of the offering's completion rules (kept by Courses, told through an event).</summary>
    public bool RequiredForCompletion { get; set; }

    /// <summary>Markers see candidate numbers, not names, until a grade is released.</summary>
    public bool BlindMarking { get; set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool HasRubric => Rubric.Count > 0;

    public double AvailablePoints => HasRubric ? Rubric.Sum(c => c.MaxPoints) : MaxPoints;

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
}
