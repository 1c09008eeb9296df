namespace HealthAiAcademy.Assessment.Domain;

internal enum AttemptStatus
{
    InProgress,
    Submitted,

    /// <summary>Handed in after the time limit: it counts as an attempt but earns nothing.</summary>
    Expired,
}

/// <summary>One try at a quiz, with the question order the participant saw and, once handed in, the answers and score.</summary>
internal sealed class QuizAttempt
{
    private QuizAttempt()
    {
    }

    public QuizAttempt(Guid id, Guid assessmentId, Guid offeringId, Guid userId, int number, IEnumerable<Guid> questionOrder, DateTime startedAtUtc, DateTime? deadlineUtc)
    {
        Id = id;
        AssessmentId = assessmentId;
        OfferingId = offeringId;
        UserId = userId;
        Number = number;
        QuestionOrder = [.. questionOrder];
        StartedAtUtc = startedAtUtc;
        DeadlineUtc = deadlineUtc;
        Status = AttemptStatus.InProgress;
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>1, 2, 3 … per participant and quiz; unique, so two starts at once cannot both take the same try.</summary>
    public int Number { get; private set; }

    public List<Guid> QuestionOrder { get; private set; } = [];

    public DateTime StartedAtUtc { get; private set; }

    /// <summary>Start plus the time limit, when the quiz has one.</summary>
    public DateTime? DeadlineUtc { get; private set; }

    public AttemptStatus Status { get; private set; }

    public List<QuizAnswer> Answers { get; private set; } = [];

    public DateTime? SubmittedAtUtc { get; private set; }

    public double? RawScorePercent { get; private set; }

    public double PenaltyPercent { get; private set; }

    public double? ScorePercent { get; private set; }

    /// <summary>On erasure: typed answers go (they may say anything); choices and the credit each earned stay.</summary>
    public void EraseTypedAnswers() =>
        Answers = [.. Answers.Select(a => a.WithoutText())];

    public void Submit(IEnumerable<QuizAnswer> scoredAnswers, double rawScorePercent, double penaltyPercent, DateTime nowUtc)
    {
        Answers = [.. scoredAnswers];
        RawScorePercent = rawScorePercent;
        PenaltyPercent = penaltyPercent;
        ScorePercent = LatePenalty.Apply(rawScorePercent, penaltyPercent);
        SubmittedAtUtc = nowUtc;
        Status = AttemptStatus.Submitted;
    }

    public void Expire(DateTime nowUtc)
    {
        SubmittedAtUtc = nowUtc;
        Status = AttemptStatus.Expired;
    }

    /// <summary>The score that counts for the quiz: the best or the last handed-in attempt, per the quiz's rule.</summary>
    public static double? CountedScore(IEnumerable<QuizAttempt> attempts, AttemptScoring rule) =>
        CountedScore(attempts.Where(a => a.Status == AttemptStatus.Submitted).Select(a => (a.Number, a.ScorePercent)), rule);

    /// <summary>The same rule over scores of handed-in attempts only (the gradebook loads no more than these).</summary>
    public static double? CountedScore(IEnumerable<(int Number, double? ScorePercent)> submitted, AttemptScoring rule)
    {
        // One pass without allocations: a gradebook asks this for every quiz cell on every read.
        double? counted = null;
        var latest = int.MinValue;
        foreach (var (number, scorePercent) in submitted)
        {
            if (scorePercent is { } score && (rule == AttemptScoring.Highest ? counted is null || score > counted : number > latest))
            {
                counted = score;
                latest = number;
            }
        }

        return counted;
    }
}
