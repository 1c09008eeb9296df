using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>Shows certificates as of today's Amsterdam date (expiry is worked out, never stored) with the configured links.</summary>
internal sealed class CertificateViews(IOptions<CertificateOptions> options, TimeProvider clock)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => AcademyTime.DateOf(NowUtc);

    public CertificateView View(Certificate certificate) => CertificateView.From(certificate, Today, options.Value);
}
