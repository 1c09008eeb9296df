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
