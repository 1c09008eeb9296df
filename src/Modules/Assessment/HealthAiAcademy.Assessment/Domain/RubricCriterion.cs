namespace HealthAiAcademy.Assessment.Domain;

/// <summary>One row of a rubric: levels from weakest to strongest, each worth a number of points.</summary>
internal sealed class RubricCriterion
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public List<RubricLevel> Levels { get; init; } = [];

    public double MaxPoints => Levels.Count == 0 ? 0 : Levels.Max(l => l.Points);
}

internal sealed class RubricLevel
{
    public string Label { get; init; } = "";

    public double Points { get; init; }
}

/// <summary>The level a marker chose for one criterion.</summary>
internal sealed class RubricScore
{
    public Guid CriterionId { get; init; }

    public int LevelIndex { get; init; }

    public double Points { get; init; }
}
