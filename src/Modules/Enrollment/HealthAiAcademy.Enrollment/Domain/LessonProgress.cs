namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>A lesson a participant marked done.</summary>
internal sealed class LessonProgress
{
    private LessonProgress()
    {
    }

    public LessonProgress(Guid enrollmentId, Guid lessonId, DateTime doneAtUtc)
    {
        EnrollmentId = enrollmentId;
        LessonId = lessonId;
        DoneAtUtc = doneAtUtc;
    }

    public Guid EnrollmentId { get; private set; }

    public Guid LessonId { get; private set; }

    public DateTime DoneAtUtc { get; private set; }
}
