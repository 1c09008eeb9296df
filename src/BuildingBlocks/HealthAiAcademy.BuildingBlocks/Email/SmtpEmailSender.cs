using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.BuildingBlocks.Email;

internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private readonly Lazy<X509Certificate2?> trusted = new(() =>
        options.Value.SmtpTrustedCertificatePath is { Length: > 0 } path ? X509CertificateLoader.LoadCertificateFromFile(path) : null);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = MimeMessageFactory.Create(message, settings.From);
        using var client = new SmtpClient();
        if (trusted.Value is { } certificate)
        {
            client.ServerCertificateValidationCallback = (_, presented, _, errors) => Trusts(certificate, presented, errors);
        }

        var security = settings.SmtpSecurity switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The system's verdict, or else a chain that ends in the configured certificate; a wrong host name is never accepted.</summary>
    private static bool Trusts(X509Certificate2 trusted, X509Certificate? presented, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (presented is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        // An internal CA rarely publishes revocation lists the server can reach; the trust is the configured file itself.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var certificate = new X509Certificate2(presented);
        return chain.Build(certificate);
    }
}
