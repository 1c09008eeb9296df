using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Features.Attendance;

internal sealed record AttendanceRequest(IReadOnlyList<AttendanceItem>? Records);

internal sealed record AttendanceItem(Guid EnrollmentId, string? Status);

internal sealed record SessionAttendanceLine(Guid EnrollmentId, Guid UserId, string FullName, string? RegistrationNumber, AttendanceStatus? Status);

internal sealed record MyAttendanceLine(Guid SessionId, DateTime StartsAtUtc, string Topic, Courses.Contracts.SessionStatus SessionStatus, AttendanceStatus? Status);

internal sealed record MyAttendance(Guid EnrollmentId, int AttendancePercent, IReadOnlyList<MyAttendanceLine> Sessions);
