using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace HealthAiAcademy.Host.Identity.Features.SignIn;

/// <param name="TwoFactorCode">The six digits of the authenticator app, for accounts with a second factor.</param>
/// <param name="TwoFactorRecoveryCode">One of the account's recovery codes, instead of the app's code.</param>
internal sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

internal static class SignInEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/login", async Task<IResult> (LoginRequest request, bool? useCookies, HttpContext context, PasswordSignIn passwords,
                SecondFactor secondFactor, SetUpTwoFactor.TwoFactorSetup setup, SignInManager<AcademyUser> signIn, UserManager<AcademyUser> users,
                BearerTokens tokens, CancellationToken cancellationToken) =>
            {
                var errors = new ValidationErrors()
                    .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", "Email is required.")
                    .AddIf(string.IsNullOrEmpty(request.Password), "password", "Password is required.");
                if (!errors.IsValid)
                {
                    return errors.ToProblem();
                }

                var check = await passwords.CheckAsync(request.Email!, request.Password!, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                if (check.Verdict == SignInVerdict.RequiresTwoFactor
                    && await secondFactor.VerifyAsync(check.User!, request.TwoFactorCode, request.TwoFactorRecoveryCode))
                {
                    check = check with { Verdict = SignInVerdict.Allowed };
                }

                switch (check.Verdict)
                {
                    case SignInVerdict.Throttled:
                        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(check.RetryAfter!.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins.",
                            detail: "Wait before trying again; the Retry-After header says how long.");
                    case SignInVerdict.Allowed when useCookies == true:
                        await signIn.SignInAsync(check.User!, isPersistent: false);
                        return Results.Ok();
                    case SignInVerdict.Allowed when !check.User!.TwoFactorEnabled && setup.IsRequiredFor(await users.GetRolesAsync(check.User)):
                        // Pages send such a person to set up the app; a token would let them skip it.
                        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A second factor is required.",
                            detail: "Your role requires an authenticator app: set it up at /account/two-factor, then sign in with its code.");
                    case SignInVerdict.Allowed:
                        return TypedResults.Ok(await tokens.StartAsync(check.User!, cancellationToken));
                    default:
                        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: check.Verdict switch
                        {
                            SignInVerdict.EmailNotConfirmed => "Confirm your email address first: a new link has been sent to it.",
                            SignInVerdict.Deactivated => "This account is deactivated; the academy's administrators can reactivate it.",
                            SignInVerdict.UseSingleSignOn => "Staff sign in through the organisation's single sign-on, not with a password.",
                            SignInVerdict.RequiresTwoFactor => "This account has a second factor: send twoFactorCode (or twoFactorRecoveryCode) too.",
                            _ => "The email or password is not correct.",
                        });
                }
            })
            .AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy).WithName("SignIn")
            .WithSummary("Signs in: tokens for API clients, or the cookie with useCookies=true (200 without a body). Failed tries slow down per address and per client.")
            .Produces<AccessTokenResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
