using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>
/// Issue 18, item 5: mail carries names and sign-in links, so the host speaks STARTTLS (or TLS) to its SMTP server unless
/// plaintext is configured explicitly. Against real aiosmtpd servers: one that offers only plaintext, one that insists on
/// STARTTLS with a certificate of its own.
/// </summary>
public sealed class SmtpSecurityTests
{
    [Fact]
    public async Task By_default_mail_is_not_handed_to_a_server_that_cannot_encrypt_the_connection()
    {
        var maildir = Path.Combine(Path.GetTempPath(), "academy-smtp-" + Guid.NewGuid().ToString("N"));
        using var smtp = SmtpServer.Start(maildir);
        await using var host = HostFor(smtp.Port, security: null);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(host));

        Assert.Contains("STARTTLS", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, smtp.Delivered);
        AcademyFactory.TryDelete(maildir);
    }

    [Fact]
    public async Task Plaintext_is_used_only_when_configured_for_a_local_relay()
    {
        var maildir = Path.Combine(Path.GetTempPath(), "academy-smtp-" + Guid.NewGuid().ToString("N"));
        using var smtp = SmtpServer.Start(maildir);
        await using var host = HostFor(smtp.Port, security: "None");

        await SendAsync(host);

        await Eventually.TrueAsync(() => Task.FromResult(smtp.Delivered == 1), "the relay stored the message");
        AcademyFactory.TryDelete(maildir);
    }

    [Fact]
    public async Task Over_starttls_mail_reaches_a_server_with_the_hospitals_own_certificate_and_is_read_back()
    {
        var maildir = Path.Combine(Path.GetTempPath(), "academy-smtp-" + Guid.NewGuid().ToString("N"));
        var (certificatePem, keyPem) = await RelayCertificateAsync(maildir);
        using var smtp = SmtpServer.Start(maildir, (certificatePem, keyPem));
        await using var untrusting = HostFor(smtp.Port, security: null);
        await using var trusting = HostFor(smtp.Port, security: null, trustedCertificate: certificatePem);

        await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(untrusting));
        await SendAsync(trusting);

        await Eventually.TrueAsync(() => Task.FromResult(smtp.Delivered == 1), "the relay stored the message sent over STARTTLS");
        var message = await MimeMessage.LoadAsync(Directory.GetFiles(smtp.NewMail).Single());
        Assert.Equal("Uw herinnering", message.Subject);
        Assert.Contains("Łukasz", message.TextBody, StringComparison.Ordinal);
        AcademyFactory.TryDelete(maildir);
    }

    private static AcademyFactory HostFor(int port, string? security, string? trustedCertificate = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = port.ToString(CultureInfo.InvariantCulture),
        };
        if (security is not null)
        {
            settings["Email:SmtpSecurity"] = security;
        }

        if (trustedCertificate is not null)
        {
            settings["Email:SmtpTrustedCertificatePath"] = trustedCertificate;
        }

        return AcademyFactory.Create(null, settings);
    }

    private static Task SendAsync(AcademyFactory host) =>
        host.Services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("participant@demo.local", "Uw herinnering", "Beste Łukasz, tot morgen."), CancellationToken.None);

    /// <summary>A self-signed certificate for 127.0.0.1, as an internal relay would have: no public authority knows it.</summary>
    private static async Task<(string Certificate, string Key)> RelayCertificateAsync(string directory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=smtp.hospital.internal", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var certificatePath = directory + "-relay.crt";
        var keyPath = directory + "-relay.key";
        await File.WriteAllTextAsync(certificatePath, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
