using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Features.GetRoster;

/// <summary>One line of an offering's roster, with what accreditation registries ask of providers.</summary>
internal sealed record RosterEntry(
    Guid EnrollmentId,
    Guid UserId,
    string FullName,
    string Email,
    string? Profession,
    string? RegistrationNumber,
    string? StudentNumber,
    EnrollmentStatus Status,
    int? WaitlistPosition,
    DateTime RequestedAtUtc,
    DateTime? EnrolledAtUtc,
    string? Motivation);
