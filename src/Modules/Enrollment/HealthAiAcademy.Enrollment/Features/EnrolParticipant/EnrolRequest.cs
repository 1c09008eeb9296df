namespace HealthAiAcademy.Enrollment.Features.EnrolParticipant;

/// <param name="Motivation">Required for offerings that need approval or an application.</param>
internal sealed record EnrolRequest(string? Motivation);
