using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Features.Shared;

internal sealed record CourseRequest(
    string? Code,
    string? Title,
    string? Summary,
    string? Description,
    string? Language,
    int? StudyLoadHours,
    double? Ects,
    IReadOnlyList<string>? LearningObjectives,
    IReadOnlyList<string>? Audiences,
    IReadOnlyList<string>? Topics,
    IReadOnlyList<Guid>? InstructorIds,
    IReadOnlyList<AccreditationRequest>? Accreditations,
    int? CertificateValidityMonths);

internal sealed record AccreditationRequest(string? Registry, string? AccreditationId, double? Points, string? Profession, PartialCredit? PartialCredit = null);
