using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Features.Shared;

internal sealed record EnrollmentResponse(
    Guid Id,
    Guid OfferingId,
    string OfferingTitle,
    EnrollmentStatus Status,
    int? WaitlistPosition,
    DateTime? OfferExpiresAtUtc,
    DateTime RequestedAtUtc,
    DateTime? EnrolledAtUtc,
    string? DecisionMessage)
{
    public static EnrollmentResponse From(Domain.Enrollment e, string title) =>
        new(e.Id, e.OfferingId, title, e.Status, e.WaitlistPosition, e.OfferExpiresAtUtc, e.RequestedAtUtc, e.EnrolledAtUtc, e.DecisionMessage);
}
