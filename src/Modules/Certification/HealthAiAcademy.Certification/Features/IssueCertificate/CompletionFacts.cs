namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>What Enrollment told us about a completion: from the event, or from the directory when reconciling.</summary>
internal sealed record CompletionFacts(Guid EnrollmentId, Guid OfferingId, Guid UserId, int AttendancePercent, DateTime CompletedAtUtc);
