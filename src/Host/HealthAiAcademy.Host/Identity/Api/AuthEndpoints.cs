using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Api;

/// <summary>Account endpoints for API clients: register, sign in for a bearer token (or cookie), refresh, read and edit the profile.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/register", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy);
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy);
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy);
        auth.MapGet("/me", GetProfileAsync).RequireAuthorization(Policies.SignedIn);
        auth.MapPut("/me", UpdateProfileAsync).RequireAuthorization(Policies.SignedIn);
        return endpoints;
    }

    private static async Task<Results<Created<ProfileResponse>, ValidationProblem>> RegisterAsync(
        RegisterRequest request, AccountService accounts, UserManager<AcademyUser> users)
    {
        var (user, errors) = await accounts.RegisterParticipantAsync(
            new RegistrationInput(request.Email, request.Password, request.FullName, request.Profession, request.RegistrationNumber));
        if (user is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Created("/api/auth/me", await ToResponseAsync(user, users));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, bool? useCookies, SignInManager<AcademyUser> signIn)
    {
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", "Email is required.")
            .AddIf(string.IsNullOrEmpty(request.Password), "password", "Password is required.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        // With the bearer scheme, a successful sign-in writes the token response itself.
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        var detail = result.IsLockedOut
            ? "Too many failed attempts: the account is locked for a while."
            : "The email or password is not correct.";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: detail);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult, ValidationProblem>> RefreshAsync(
        RefreshRequest request, SignInManager<AcademyUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return new ValidationErrors().Add("refreshToken", "Refresh token is required.").ToProblem();
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The refresh token is not valid.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetProfileAsync(
        HttpContext context, UserManager<AcademyUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        return user is null ? Problems.NotFound("The account") : TypedResults.Ok(await ToResponseAsync(user, users));
    }

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> UpdateProfileAsync(
        UpdateProfileRequest request, HttpContext context, UserManager<AcademyUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return Problems.NotFound("The account");
        }

        var input = new ProfileInput(request.FullName, request.Profession, request.RegistrationNumber, request.StudentNumber);
        var errors = input.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        input.ApplyTo(user);
        await users.UpdateAsync(user);
        return TypedResults.Ok(await ToResponseAsync(user, users));
    }

    private static async Task<ProfileResponse> ToResponseAsync(AcademyUser user, UserManager<AcademyUser> users) =>
        new(user.Id, user.Email!, user.FullName, user.Profession, user.RegistrationNumber, user.StudentNumber, [.. await users.GetRolesAsync(user)]);
}
