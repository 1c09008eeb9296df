namespace HealthAiAcademy.Enrollment.Features.Enrol;

/// <param name="Motivation">Required for offerings that need approval or an application.</param>
internal sealed record EnrolRequest(string? Motivation);

internal sealed record DecisionRequest(string? Message);
