namespace HealthAiAcademy.Compliance.Domain;

/// <summary>What a person does in a unit (ICU nurse, radiologist, data scientist, manager): requirements are set per function.</summary>
internal sealed class JobFunction
{
    public const int NameMaxLength = 100;

    private JobFunction()
    {
    }

    public JobFunction(string name, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Name = name.Trim();
        NormalizedName = Normalize(Name);
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Unique: "ICU nurse" and "icu nurse" in an HR file are one function.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
