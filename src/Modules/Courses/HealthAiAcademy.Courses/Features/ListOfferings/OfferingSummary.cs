using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

internal sealed record OfferingSummary(
    Guid Id,
    string CourseCode,
    string Title,
    string Summary,
    OfferingKind Kind,
    string CohortLabel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    int? Capacity,
    DeliveryMode Delivery,
    string? Location,
    string Language,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Audiences,
    bool Accredited,
    EnrollmentPolicy EnrollmentPolicy)
{
    /// <summary>Seats still free; null when the offering has no limit.</summary>
    public int? SeatsLeft { get; init; }
}
