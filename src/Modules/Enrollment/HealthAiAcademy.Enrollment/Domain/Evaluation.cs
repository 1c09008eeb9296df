using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// An offering's course evaluation: Likert statements and open questions, answered once by each participant who completed
/// (or would have, but for the evaluation). Answers are stored apart from who gave them (<see cref="EvaluationResponse"/>,
/// <see cref="EvaluationReceipt"/>), so no page, export or API can join the two.
/// </summary>
internal sealed class Evaluation
{
    public const int MaxItems = 30;
    public const int ItemTextMaxLength = 300;

    private Evaluation()
    {
    }

    public Evaluation(Guid offeringId, IEnumerable<EvaluationItem> items, bool requiredForCertificate, Guid changedBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        OfferingId = offeringId;
        CreatedAtUtc = nowUtc;
        Items = [.. items];
        RequiredForCertificate = requiredForCertificate;
        ChangedBy = changedBy;
        ChangedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public List<EvaluationItem> Items { get; private set; } = [];

    /// <summary>Completion (and with it the certificate) waits for the participant's answers.</summary>
    public bool RequiredForCertificate { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>The questions stay as they were once someone answered: a report must compare like with like.</summary>
    public void Change(IReadOnlyList<EvaluationItem> items, bool requiredForCertificate, bool answered, Guid changedBy, DateTime nowUtc)
    {
        if (answered && !SameQuestions(items))
        {
            throw new BusinessRuleViolationException("Participants have answered this evaluation, so its questions can no longer change.");
        }

        if (!answered)
        {
            Items = [.. items];
        }

        RequiredForCertificate = requiredForCertificate;
        ChangedBy = changedBy;
        ChangedAtUtc = nowUtc;
    }

    private bool SameQuestions(IReadOnlyList<EvaluationItem> items) =>
        items.Count == Items.Count && items.Zip(Items).All(pair => pair.First.Kind == pair.Second.Kind && pair.First.Text == pair.Second.Text);
}

internal sealed class EvaluationItem
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public EvaluationItemKind Kind { get; init; }

    public string Text { get; init; } = "";

    /// <summary>A Likert statement must be scored; an open question may be left empty.</summary>
    public bool IsLikert => Kind == EvaluationItemKind.Likert;
}

internal enum EvaluationItemKind
{
    /// <summary>A statement scored 1 (strongly disagree) to 5 (strongly agree).</summary>
    Likert,
    Open,
}

/// <summary>One participant's answers, without who or when: nothing here points back to a person.</summary>
internal sealed class EvaluationResponse
{
    private EvaluationResponse()
    {
    }

    public EvaluationResponse(Guid evaluationId, IEnumerable<EvaluationAnswer> answers)
    {
        Id = Guid.NewGuid();
        EvaluationId = evaluationId;
        Answers = [.. answers];
    }

    public Guid Id { get; private set; }

    public Guid EvaluationId { get; private set; }

    public List<EvaluationAnswer> Answers { get; private set; } = [];
}

internal sealed class EvaluationAnswer
{
    public Guid ItemId { get; init; }

    public int? Score { get; init; }

    public string? Text { get; init; }
}

/// <summary>That a person answered (once: the key is the pair), without what they answered.</summary>
internal sealed class EvaluationReceipt
{
    private EvaluationReceipt()
    {
    }

    public EvaluationReceipt(Guid evaluationId, Guid userId)
    {
        EvaluationId = evaluationId;
        UserId = userId;
    }

    public Guid EvaluationId { get; private set; }

    public Guid UserId { get; private set; }
}
