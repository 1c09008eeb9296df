namespace HealthAiAcademy.Enrollment.Contracts;

public enum AttendanceStatus
{
    Present,
    Absent,

    /// <summary>Absent with a reason the coordinator accepts: the session does not count for or against attendance.</summary>
    Excused,
}
