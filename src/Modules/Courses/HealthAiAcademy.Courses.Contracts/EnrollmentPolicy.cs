namespace HealthAiAcademy.Courses.Contracts;

public enum EnrollmentPolicy
{
    /// <summary>Enrol at once while seats are free.</summary>
    Open,

    /// <summary>A coordinator approves each request (with a short motivation).</summary>
    ApprovalRequired,

    /// <summary>Application with motivation and selection (minor, summer school).</summary>
    Application,
}
