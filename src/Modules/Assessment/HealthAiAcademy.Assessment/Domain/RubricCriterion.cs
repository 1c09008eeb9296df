namespace HealthAiAcademy.Assessment.Domain;

/// <summary>One row of a rubric: levels from weakest to strongest, each worth a number of points.</summary>
internal sealed class RubricCriterion
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public List<RubricLevel> Levels { get; set; } = [];

    public double MaxPoints => Levels.Count == 0 ? 0 : Levels.Max(l => l.Points);
}

internal sealed class RubricLevel
{
    public string Label { get; set; } = "";

    public double Points { get; set; }
}

/// <summary>The level a marker chose for one criterion.</summary>
internal sealed class RubricScore
{
    public Guid CriterionId { get; set; }

    public int LevelIndex { get; set; }

    public double Points { get; set; }
}
