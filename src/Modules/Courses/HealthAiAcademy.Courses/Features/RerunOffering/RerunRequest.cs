namespace HealthAiAcademy.Courses.Features.RerunOffering;

internal sealed record RerunRequest(string? CohortLabel, int? ShiftDays);
