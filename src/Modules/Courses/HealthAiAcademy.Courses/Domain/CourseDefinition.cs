namespace HealthAiAcademy.Courses.Domain;

/// <summary>The editable content of a course, already validated.</summary>
internal sealed record CourseDefinition(
    string Title,
    string Summary,
    string Description,
    string Language,
    int StudyLoadHours,
    double? Ects,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Guid> InstructorIds,
    IReadOnlyList<Accreditation> Accreditations,
    int? CertificateValidityMonths);
