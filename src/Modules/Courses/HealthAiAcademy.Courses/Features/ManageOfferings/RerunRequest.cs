namespace HealthAiAcademy.Courses.Features.ManageOfferings;

internal sealed record RerunRequest(string? CohortLabel, int? ShiftDays);
