using HealthAiAcademy.Host.Identity.Features.GetProfile;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.Register;

internal sealed record RegisterRequest(string? Email, string? Password, string? FullName, string? Profession, string? RegistrationNumber);

internal sealed record RegistrationAccepted(string Message);

internal static class RegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/register", async Task<Results<Created<ProfileResponse>, Accepted<RegistrationAccepted>, ValidationProblem>> (
                RegisterRequest request, RegisterHandler handler, UserManager<AcademyUser> users, CancellationToken cancellationToken) =>
            {
                var registration = await handler.HandleAsync(
                    new RegistrationInput(request.Email, request.Password, request.FullName, request.Profession, request.RegistrationNumber), cancellationToken);
                if (registration.AwaitsConfirmation)
                {
                    return TypedResults.Accepted((string?)null, new RegistrationAccepted("Check your email: open the link in it to finish your registration."));
                }

                return registration.User is { } user
                    ? TypedResults.Created("/api/auth/me", await ProfileResponse.OfAsync(user, users))
                    : registration.Errors.ToProblem();
            })
            .AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy).WithName("Register")
            .WithSummary("Creates a participant account. Where addresses are confirmed, always 202 (an email follows), whether or not the address has an account.");
}
