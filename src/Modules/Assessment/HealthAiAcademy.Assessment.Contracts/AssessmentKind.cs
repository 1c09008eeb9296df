namespace HealthAiAcademy.Assessment.Contracts;

public enum AssessmentKind
{
    /// <summary>Auto-graded from the course's question bank.</summary>
    Quiz,

    /// <summary>Handed-in work graded by an instructor with a rubric or plain points.</summary>
    Assignment,
}
