using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Features.Shared;

internal sealed record SessionAttendanceLine(Guid EnrollmentId, Guid UserId, string FullName, string? RegistrationNumber, AttendanceStatus? Status);

internal sealed record MyAttendanceLine(Guid SessionId, DateTime StartsAtUtc, string Topic, Courses.Contracts.SessionStatus SessionStatus, AttendanceStatus? Status);

internal sealed record MyAttendance(Guid EnrollmentId, int AttendancePercent, IReadOnlyList<MyAttendanceLine> Sessions);
