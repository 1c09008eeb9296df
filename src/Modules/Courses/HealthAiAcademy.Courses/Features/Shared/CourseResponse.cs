using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

internal sealed record CourseResponse(
    Guid Id,
    string Code,
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
    int? CertificateValidityMonths)
{
    public static CourseResponse From(Course course) => new(
        course.Id, course.Code, course.Title, course.Summary, course.Description, course.Language, course.StudyLoadHours, course.Ects,
        course.LearningObjectives, course.Audiences, course.Topics, course.InstructorIds, course.Accreditations, course.CertificateValidityMonths);
}
