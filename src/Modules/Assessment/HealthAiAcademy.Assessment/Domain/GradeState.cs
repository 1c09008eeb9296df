namespace HealthAiAcademy.Assessment.Domain;

internal enum GradeState
{
    NotGraded,

    /// <summary>A draft grade only markers see.</summary>
    Graded,

    /// <summary>Visible to the participant; changes need a reason and are audited.</summary>
    Released,
}
