using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>Issues the certificate of a completed enrollment, once: the inbox stops a redelivery, the unique key a second event.</summary>
internal sealed class EnrollmentCompletedHandler(CertificationDbContext db, CertificateIssuer issuer, TimeProvider clock)
    : InboxIntegrationEventHandler<EnrollmentCompletedIntegrationEvent, CertificationDbContext>(db, clock)
{
    protected override async Task ApplyAsync(EnrollmentCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await issuer.StageFirstAsync(
            new CompletionFacts(integrationEvent.EnrollmentId, integrationEvent.OfferingId, integrationEvent.UserId, integrationEvent.AttendancePercent, integrationEvent.CompletedAtUtc),
            cancellationToken);
}
