using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Options of the invitation links, which live longer than reset links (<c>Accounts:InvitationLifetime</c>).</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions() => Name = "InvitationTokenProvider";
}

/// <summary>Identity's data-protected token, with the invitation's own lifetime.</summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AcademyUser>> logger)
    : DataProtectorTokenProvider<AcademyUser>(dataProtectionProvider, options, logger);
