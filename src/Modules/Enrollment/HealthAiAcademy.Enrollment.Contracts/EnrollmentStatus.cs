namespace HealthAiAcademy.Enrollment.Contracts;

public enum EnrollmentStatus
{
    PendingApproval,
    Enrolled,
    Waitlisted,
    Rejected,
    Withdrawn,
    Completed,
    NoShow,
}

public static class EnrollmentStatusRules
{
    /// <summary>Enrolled or completed: the person takes part (sessions, lessons, assessments, meeting links).</summary>
    public static bool TakesPart(this EnrollmentStatus status) => status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed;
}
