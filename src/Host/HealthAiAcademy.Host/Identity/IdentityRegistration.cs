using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity;

internal static class IdentityRegistration
{
    /// <summary>The composite scheme AddIdentityApiEndpoints registers (its constant is internal to ASP.NET Core).</summary>
    private const string BearerAndApplicationScheme = "Identity.BearerAndApplication";

    public static IServiceCollection AddAcademyIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.AddModuleDatabase<AcademyIdentityDbContext, AcademyIdentitySqliteDbContext, AcademyIdentitySqlServerDbContext>(
            configuration, AcademyIdentityDbContext.DatabaseName, AcademyIdentityDbContext.Schema);

        // Cookie for pages and bearer tokens for API clients, both accepted on the API.
        services.AddIdentityApiEndpoints<AcademyUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins slow down by address and by client (SignInThrottle) instead of locking the account,
                // which would let anyone who knows a colleague's address shut them out.
                options.Lockout.AllowedForNewUsers = false;
                options.SignIn.RequireConfirmedEmail = accounts.RequireConfirmedEmail ?? !environment.IsDevelopment();
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AcademyIdentityDbContext>()
            .AddClaimsPrincipalFactory<AcademyClaimsPrincipalFactory>()
            .AddSignInManager<AcademySignInManager>()
            .AddTokenProvider<InvitationTokenProvider>(Features.Shared.AccountLinks.InvitationProvider);

        SingleSignOn.Add(services, configuration);

        // API requests are challenged with 401 (bearer); pages are sent to the sign-in page.
        services.PostConfigure<AuthenticationSchemeOptions>(BearerAndApplicationScheme, options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? null : IdentityConstants.ApplicationScheme);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "academy.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Behind a TLS proxy the request is https once the forwarded headers are applied; outside Development always.
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((options, clock) => AbsoluteCookieLifetime.Apply(options, accounts.CookieAbsoluteLifetime, clock));

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = accounts.LinkLifetime);
        services.Configure<InvitationTokenProviderOptions>(options => options.TokenLifespan = accounts.InvitationLifetime);
        // Cookies are checked against the account every minute: a deactivated account or a changed password signs out
        // everywhere within that minute, and new roles show without signing in again.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // A sign-in through the hospital's provider keeps saying so when the cookie is refreshed.
            options.OnRefreshingPrincipal = context =>
            {
                var kept = context.CurrentPrincipal?.Claims.Where(c => c.Type is AcademyClaimsPrincipalFactory.SecondFactorClaim or "amr").ToList() ?? [];
                var identity = context.NewPrincipal?.Identities.FirstOrDefault();
                foreach (var claim in kept.Where(c => identity?.HasClaim(c.Type, c.Value) == false))
                {
                    identity!.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                }

                return Task.CompletedTask;
            };
        });

        var keys = services.AddDataProtection()
            .SetApplicationName("HealthAiAcademy")
            .PersistKeysToDbContext<AcademyIdentityDbContext>();
        KeyProtection.Apply(keys, configuration, environment);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Instructor, Roles.Coordinator, Roles.Administrator))
            .AddPolicy(Policies.Coordinators, policy => policy.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(Policies.Administrators, policy => policy.RequireRole(Roles.Administrator));

        services.AddHttpContextAccessor();
        services.AddScoped<HealthAiAcademy.BuildingBlocks.DemoData.DemoActor>();
        services.Configure<HealthAiAcademy.BuildingBlocks.DemoData.DemoOptions>(configuration.GetSection(HealthAiAcademy.BuildingBlocks.DemoData.DemoOptions.Section));
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddAccountFeatures();
        return services;
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
