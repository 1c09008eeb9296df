namespace HealthAiAcademy.Compliance.Domain;

/// <summary>Who a requirement asks something of.</summary>
internal enum RequirementKind
{
    /// <summary>General AI literacy (AI Act art. 4), for functions and/or departments.</summary>
    Literacy,

    /// <summary>The people who use a given AI system: those in the departments using it, optionally only some functions.</summary>
    Operation,

    /// <summary>The people assigned to oversee a given AI system (art. 26(2)).</summary>
    Oversight,
}

/// <summary>
/// What someone must have completed: one of a set of courses, valid for a number of months after completion (or for
/// good). It is met by a valid certificate of a listed course, or by an equivalent a coordinator approved.
/// </summary>
internal sealed class Requirement
{
    public const int TitleMaxLength = 200;

    private Requirement()
    {
    }

    public Requirement(string title, RequirementKind kind, Guid? systemId, IReadOnlyList<Guid> functionIds, IReadOnlyList<Guid> unitIds,
        IReadOnlyList<Guid> courseIds, int? validForMonths, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        SystemId = kind == RequirementKind.Literacy ? null : systemId;
        CreatedAtUtc = nowUtc;
        Change(title, functionIds, unitIds, courseIds, validForMonths);
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public RequirementKind Kind { get; private set; }

    public Guid? SystemId { get; private set; }

    /// <summary>The functions it applies to; none: every function.</summary>
    public List<Guid> FunctionIds { get; private set; } = [];

    /// <summary>For literacy: the units it applies to, with the units below them; none: the whole hospital.</summary>
    public List<Guid> UnitIds { get; private set; } = [];

    /// <summary>Any one of these courses fulfils it.</summary>
    public List<Guid> CourseIds { get; private set; } = [];

    /// <summary>How long a completion counts; null: for good.</summary>
    public int? ValidForMonths { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void Change(string title, IReadOnlyList<Guid> functionIds, IReadOnlyList<Guid> unitIds, IReadOnlyList<Guid> courseIds, int? validForMonths)
    {
        Title = title.Trim();
        FunctionIds = [.. functionIds.Distinct()];
        UnitIds = Kind == RequirementKind.Literacy ? [.. unitIds.Distinct()] : [];
        CourseIds = [.. courseIds.Distinct()];
        ValidForMonths = validForMonths;
    }

    /// <summary>The last day a completion on <paramref name="completedOn"/> counts for this requirement, given the certificate's own expiry.</summary>
    public DateOnly? ValidUntil(DateOnly completedOn, DateOnly? certificateExpiresOn)
    {
        DateOnly? byRequirement = ValidForMonths is { } months ? completedOn.AddMonths(months).AddDays(-1) : null;
        return (byRequirement, certificateExpiresOn) switch
        {
            (null, var expires) => expires,
            (var own, null) => own,
            (var own, var expires) => own < expires ? own : expires,
        };
    }
}
