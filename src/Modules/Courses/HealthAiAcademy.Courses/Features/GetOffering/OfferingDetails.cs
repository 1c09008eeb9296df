using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Features.GetOffering;

internal sealed record OfferingDetails(
    Guid Id,
    string CourseCode,
    string Title,
    string Summary,
    string Description,
    OfferingKind Kind,
    OfferingStatus Status,
    string CohortLabel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    int? Capacity,
    DeliveryMode Delivery,
    string? Location,
    string Language,
    int StudyLoadHours,
    double? Ects,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Audiences);
