using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Roles, statuses and account changes as people read them, in their language.</summary>
internal sealed class AccountLabels(IStringLocalizer<HostText> text)
{
    public string Role(string role) => role switch
    {
        Roles.Participant => text["Participant"],
        Roles.Instructor => text["Instructor"],
        Roles.Coordinator => text["Coordinator"],
        Roles.Administrator => text["Administrator"],
        _ => role,
    };

    public string Status(AccountStatus status) => status switch
    {
        AccountStatus.Invited => text["Invited"],
        AccountStatus.Unconfirmed => text["Address not confirmed"],
        AccountStatus.Active => text["Active"],
        AccountStatus.Erased => text["Erased"],
        _ => text["Deactivated"],
    };

    public string Change(AccountChangeKind kind) => kind switch
    {
        AccountChangeKind.Registered => text["Registered"],
        AccountChangeKind.Invited => text["Invited"],
        AccountChangeKind.InvitationSent => text["Invitation sent again"],
        AccountChangeKind.RoleGranted => text["Role granted"],
        AccountChangeKind.RoleRevoked => text["Role revoked"],
        AccountChangeKind.Deactivated => text["Deactivated"],
        AccountChangeKind.Reactivated => text["Reactivated"],
        AccountChangeKind.EmailConfirmed => text["Address confirmed"],
        AccountChangeKind.PasswordSet => text["Password chosen"],
        AccountChangeKind.PasswordReset => text["Password reset"],
        AccountChangeKind.PasswordChanged => text["Password changed"],
        AccountChangeKind.EmailChanged => text["Email address changed"],
        AccountChangeKind.SignedOutEverywhere => text["Signed out everywhere"],
        AccountChangeKind.TwoFactorEnabled => text["Two-step sign-in turned on"],
        AccountChangeKind.TwoFactorDisabled => text["Two-step sign-in turned off"],
        AccountChangeKind.RecoveryCodesRenewed => text["New recovery codes"],
        AccountChangeKind.ProfileChanged => text["Profile changed"],
        AccountChangeKind.Erased => text["Erased at the person's request"],
        _ => text["Single sign-on linked"],
    };
}
