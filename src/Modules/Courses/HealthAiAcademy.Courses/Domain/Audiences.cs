namespace HealthAiAcademy.Courses.Domain;

internal static class Audiences
{
    public static readonly IReadOnlyList<string> All = ["Clinicians", "Nurses", "Researchers", "Students", "Management"];
}
