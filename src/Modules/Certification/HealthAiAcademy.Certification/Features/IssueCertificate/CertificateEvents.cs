using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>What Certification tells other modules about a certificate it issued.</summary>
internal static class CertificateEvents
{
    public static CertificateIssuedIntegrationEvent Issued(Certificate certificate, Guid? replacing, DateTime nowUtc) => new()
    {
        CertificateId = certificate.Id, UserId = certificate.UserId, CourseId = certificate.CourseId, OfferingId = certificate.OfferingId,
        CourseCode = certificate.CourseCode, Title = certificate.OfferingTitle, CompletedOn = certificate.CompletedOn, ExpiresOn = certificate.ExpiresOn,
        LearningOutcomes = certificate.LearningOutcomes, Supersedes = replacing, OccurredAtUtc = nowUtc,
    };
}
