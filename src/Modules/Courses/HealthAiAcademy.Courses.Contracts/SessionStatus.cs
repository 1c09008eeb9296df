namespace HealthAiAcademy.Courses.Contracts;

public enum SessionStatus
{
    Scheduled,
    Cancelled,
}
