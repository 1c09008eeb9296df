using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// The data-protection keys (they sign cookies, tokens and one-time links) are stored in the Identity database; outside
/// Development they are encrypted there with a certificate, so a copy of the database alone forges nothing.
/// <c>DataProtection:CertificatePath</c> (+ <c>CertificatePassword</c>) names a PKCS#12 file; after a rotation the old
/// files stay listed in <c>DataProtection:PreviousCertificatePaths</c> until every key they protect has expired.
/// </summary>
internal static class KeyProtection
{
    public static void Apply(IDataProtectionBuilder keys, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("DataProtection");
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsDevelopment())
            {
                return;
            }

            throw new InvalidOperationException(
                $"DataProtection:CertificatePath is not set. Outside Development ({environment.EnvironmentName}) the keys that sign " +
                "sign-ins and links are encrypted with a certificate: set DataProtection__CertificatePath to a .pfx file (and " +
                "DataProtection__CertificatePassword). See README, 'Keys'.");
        }

        var current = Load(path, section["CertificatePassword"]);
        var previous = (section.GetSection("PreviousCertificatePaths").Get<string[]>() ?? [])
            .Select(p => Load(p, section["PreviousCertificatePassword"] ?? section["CertificatePassword"]));
        keys.ProtectKeysWithCertificate(current);
        // On Linux no certificate store resolves the key to decrypt with: name the certificates explicitly.
        keys.UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection: the certificate file '{path}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"DataProtection: the certificate in '{path}' has no private key; keys could not be read back.");
    }
}
