using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Rendering;

/// <summary>The port behind which the PDF library sits: a certificate in, the PDF bytes out.</summary>
internal interface ICertificateRenderer
{
    byte[] Render(Certificate certificate, string verificationUrl);
}
