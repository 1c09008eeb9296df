namespace HealthAiAcademy.Courses.Contracts;

/// <summary>Marks the public contract assembly of the Courses module.</summary>
public static class CoursesContractsAssembly;
