using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Host.Identity.Features.ChangeEmail;
using HealthAiAcademy.Host.Identity.Features.ChangePassword;
using HealthAiAcademy.Host.Identity.Features.ConfirmEmail;
using HealthAiAcademy.Host.Identity.Features.ConfirmEmailChange;
using HealthAiAcademy.Host.Identity.Features.EditProfile;
using HealthAiAcademy.Host.Identity.Features.ForgotPassword;
using HealthAiAcademy.Host.Identity.Features.GetProfile;
using HealthAiAcademy.Host.Identity.Features.RefreshSession;
using HealthAiAcademy.Host.Identity.Features.Register;
using HealthAiAcademy.Host.Identity.Features.ResetPassword;
using HealthAiAcademy.Host.Identity.Features.SetPassword;
using HealthAiAcademy.Host.Identity.Features.SetUpTwoFactor;
using HealthAiAcademy.Host.Identity.Features.SignIn;
using HealthAiAcademy.Host.Identity.Features.SignInWithSso;
using HealthAiAcademy.Host.Identity.Features.SignOutEverywhere;
using HealthAiAcademy.Host.Identity.Features.DeactivateUser;
using HealthAiAcademy.Host.Identity.Features.EraseAccount;
using HealthAiAcademy.Host.Identity.Features.ExportPersonalData;
using HealthAiAcademy.Host.Identity.Features.GetUser;
using HealthAiAcademy.Host.Identity.Features.GrantRole;
using HealthAiAcademy.Host.Identity.Features.InviteUser;
using HealthAiAcademy.Host.Identity.Features.IssueAntiforgeryToken;
using HealthAiAcademy.Host.Identity.Features.ListUsers;
using HealthAiAcademy.Host.Identity.Features.ReactivateUser;
using HealthAiAcademy.Host.Identity.Features.ResendInvitation;
using HealthAiAcademy.Host.Identity.Features.RevokeRole;
using HealthAiAcademy.Host.Identity.Features.SearchStaff;
using HealthAiAcademy.Host.Identity.Features.ShowAuditTrail;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity;

/// <summary>The account use cases of the host: administration of people, staff search, and each person's own account.</summary>
internal static class AccountFeatures
{
    public static IServiceCollection AddAccountFeatures(this IServiceCollection services)
    {
        services.AddScoped<AccountAudit>();
        services.AddStaffAudit();
        services.AddSingleton<IAuditTrailSource, AccountChangesAuditSource>();
        services.AddScoped<ShowAuditTrailHandler>();
        services.AddScoped<AccountLabels>();
        services.AddScoped<AuditLabels>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<Sessions>();
        services.AddSingleton<SecurityStampCache>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<AccountCreation>();
        services.AddScoped<LinkTokens>();
        services.AddScoped<BearerTokens>();
        services.AddScoped<SecondFactor>();

        services.AddScoped<RegisterHandler>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SignOutEverywhereHandler>();
        services.AddScoped<ForgotPasswordHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<SetPasswordHandler>();
        services.AddScoped<ConfirmEmailHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<ChangeEmailHandler>();
        services.AddScoped<ConfirmEmailChangeHandler>();
        services.AddScoped<TwoFactorSetup>();
        services.AddScoped<ExternalSignIn>();

        services.AddScoped<ListUsersHandler>();
        services.AddScoped<EraseAccountHandler>();
        services.AddScoped<ExportPersonalDataHandler>();
        services.AddScoped<BuildingBlocks.Users.IParticipantAccounts, ParticipantAccounts>();
        services.AddScoped<GetUserHandler>();
        services.AddScoped<InviteUserHandler>();
        services.AddScoped<ResendInvitationHandler>();
        services.AddScoped<GrantRoleHandler>();
        services.AddScoped<RevokeRoleHandler>();
        services.AddScoped<DeactivateUserHandler>();
        services.AddScoped<ReactivateUserHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountFeatures(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        RegisterEndpoint.Map(auth);
        SignInEndpoint.Map(auth);
        RefreshSessionEndpoint.Map(auth);
        SignOutEverywhereEndpoint.Map(auth);
        ForgotPasswordEndpoint.Map(auth);
        ResetPasswordEndpoint.Map(auth);
        ChangePasswordEndpoint.Map(auth);
        ChangeEmailEndpoint.Map(auth);
        GetProfileEndpoint.Map(auth);
        EditProfileEndpoint.Map(auth);
        ExportPersonalDataEndpoint.Map(auth);
        IssueAntiforgeryTokenEndpoint.Map(auth);

        var admin = endpoints.MapGroup("/api/admin").WithTags("Administration");
        ListUsersEndpoint.Map(admin);
        GetUserEndpoint.Map(admin);
        InviteUserEndpoint.Map(admin);
        ResendInvitationEndpoint.Map(admin);
        GrantRoleEndpoint.Map(admin);
        RevokeRoleEndpoint.Map(admin);
        DeactivateUserEndpoint.Map(admin);
        ReactivateUserEndpoint.Map(admin);
        EraseAccountEndpoint.Map(admin);
        ShowAuditTrailEndpoint.Map(admin);

        SearchStaffEndpoint.Map(endpoints.MapGroup("/api"));
        return endpoints;
    }
}
