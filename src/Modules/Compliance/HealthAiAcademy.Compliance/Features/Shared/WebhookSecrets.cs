using Microsoft.AspNetCore.DataProtection;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Webhook secrets at rest: encrypted with the host's data-protection keys (shared by every host instance).</summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("HealthAiAcademy.Compliance.WebhookSecrets");

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
