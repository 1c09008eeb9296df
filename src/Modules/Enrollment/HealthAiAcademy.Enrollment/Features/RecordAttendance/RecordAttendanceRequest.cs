namespace HealthAiAcademy.Enrollment.Features.RecordAttendance;

internal sealed record AttendanceRequest(IReadOnlyList<AttendanceItem>? Records);

/// <param name="Status">Present, Absent or Excused.</param>
internal sealed record AttendanceItem(Guid EnrollmentId, string? Status);
