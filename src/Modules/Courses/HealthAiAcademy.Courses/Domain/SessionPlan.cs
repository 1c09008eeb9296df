namespace HealthAiAcademy.Courses.Domain;

internal sealed record SessionPlan(
    DateTime StartsAtUtc, int DurationMinutes, string Topic, string? Location, string? OnlineLink, IReadOnlyList<Guid> InstructorIds);
