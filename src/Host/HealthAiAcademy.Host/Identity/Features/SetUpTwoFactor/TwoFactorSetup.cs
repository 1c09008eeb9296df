using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace HealthAiAcademy.Host.Identity.Features.SetUpTwoFactor;

/// <param name="Key">The shared secret in groups of four, for typing into an app by hand.</param>
/// <param name="QrCodePng">The same as an otpauth:// QR code.</param>
internal sealed record AuthenticatorEnrolment(string Key, byte[] QrCodePng);

/// <summary>TOTP with Identity's authenticator token provider: enrol with a QR code, confirm with a first code, recovery codes.</summary>
internal sealed class TwoFactorSetup(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, IUserStore<AcademyUser> store, AccountAudit audit,
    IOptions<AccountOptions> options, IStringLocalizer<HostText> text)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Health AI Academy";

    public bool IsRequiredFor(IEnumerable<string> roles) => options.Value.TwoFactorRoles.Intersect(roles).Any();

    public async Task<AuthenticatorEnrolment> EnrolmentAsync(AcademyUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it also changes the security stamp, which ended every session of the person
            // who merely opened this page (their own included, within SecurityStampCache.MaxAge) while they reached for
            // their phone. A key that is not yet enabled grants nothing, so there is no sign-in to end.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AcademyUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            AccountChanges.Require(await users.UpdateAsync(user));
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5, [0, 0, 0, 255], [255, 255, 255, 255]);
        var grouped = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        return new AuthenticatorEnrolment(grouped, png);
    }

    /// <returns>The recovery codes, shown once; or the field error of a wrong code.</returns>
    public async Task<Outcome<IReadOnlyList<string>>> EnableAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        var user = (await users.FindByIdAsync(userId.ToString()))!;
        var digits = code?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(digits) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return Outcome<IReadOnlyList<string>>.Invalid(new ValidationErrors().Add("code", text["That code is not right: enter the six digits your app shows now."]));
        }

        return await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(userId.ToString()))!;
            AccountChanges.Require(await users.SetTwoFactorEnabledAsync(current, true));
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(current, RecoveryCodeCount))!.ToList();
            audit.Record(current.Id, AccountChangeKind.TwoFactorEnabled);
            await db.SaveChangesAsync(work);
            return Outcome<IReadOnlyList<string>>.Ok(codes);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(userId.ToString()))!;
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(current, RecoveryCodeCount))!.ToList();
            audit.Record(current.Id, AccountChangeKind.RecoveryCodesRenewed);
            await db.SaveChangesAsync(work);
            return (IReadOnlyList<string>)codes;
        }, _ => true, cancellationToken);

    /// <summary>Turns the second factor off and forgets the app's key; refused where the person's role requires it.</summary>
    public async Task<Outcome<bool>> DisableAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = (await users.FindByIdAsync(userId.ToString()))!;
        if (IsRequiredFor(await users.GetRolesAsync(user)))
        {
            return Outcome<bool>.Conflict(text["Your role requires a second factor: it cannot be turned off."]);
        }

        return await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(userId.ToString()))!;
            AccountChanges.Require(await users.SetTwoFactorEnabledAsync(current, false));
            AccountChanges.Require(await users.ResetAuthenticatorKeyAsync(current));
            audit.Record(current.Id, AccountChangeKind.TwoFactorDisabled);
            await db.SaveChangesAsync(work);
            return Outcome<bool>.Ok(true);
        }, cancellationToken);
    }
}
