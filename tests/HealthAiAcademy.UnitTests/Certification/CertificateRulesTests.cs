using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.UnitTests.Certification;

public sealed class CertificateRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Certificate Issued() =>
        new(Guid.NewGuid(), "HAIA-2026-TEST", "CODE", Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now) { HolderName = "A. Tester" };

    [Fact]
    public void A_valid_certificate_is_revoked_once_and_then_neither_revoked_nor_reissued_again()
    {
        var certificate = Issued();

        certificate.Revoke("Attendance was recorded in error.", Now);

        Assert.Equal((CertificateStatus.Revoked, "Attendance was recorded in error."), (certificate.Status, certificate.RevocationReason));
        Assert.Throws<BusinessRuleViolationException>(() => certificate.Revoke("Again", Now));
        Assert.Throws<BusinessRuleViolationException>(() => certificate.SupersedeBy(Guid.NewGuid(), Now));
        Assert.Contains("this one is revoked", certificate.RefusesChange("reissued"));
    }

    [Fact]
    public void A_superseded_certificate_points_to_its_replacement_and_cannot_be_revoked()
    {
        var certificate = Issued();
        var replacement = Guid.NewGuid();

        certificate.SupersedeBy(replacement, Now);

        Assert.Equal((CertificateStatus.Superseded, (Guid?)replacement), (certificate.Status, certificate.SupersededById));
        Assert.Throws<BusinessRuleViolationException>(() => certificate.Revoke("Late", Now));
    }

    [Fact]
    public void The_attached_pdf_sets_its_hash_and_size()
    {
        var certificate = Issued();

        certificate.AttachPdf([1, 2, 3]);

        Assert.Equal((3, "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81"), (certificate.PdfBytes, certificate.PdfSha256));
    }
}
