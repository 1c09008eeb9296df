namespace HealthAiAcademy.Certification.Domain;

/// <summary>The issued PDF, stored once so every download is the same bytes as the SHA-256 on the certificate.</summary>
internal sealed class CertificateDocument
{
    private CertificateDocument()
    {
    }

    public CertificateDocument(Guid certificateId, byte[] content)
    {
        CertificateId = certificateId;
        Content = content;
    }

    public Guid CertificateId { get; private set; }

    public byte[] Content { get; private set; } = [];

    public void Replace(byte[] content) => Content = content;
}
