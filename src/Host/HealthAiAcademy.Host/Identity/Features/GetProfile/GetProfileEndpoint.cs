using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.GetProfile;

internal sealed record ProfileResponse(Guid Id, string Email, string FullName, string? Profession, string? RegistrationNumber, string? StudentNumber, IReadOnlyList<string> Roles)
{
    public static async Task<ProfileResponse> OfAsync(AcademyUser user, UserManager<AcademyUser> users) =>
        new(user.Id, user.Email!, user.FullName, user.Profession, user.RegistrationNumber, user.StudentNumber, [.. await users.GetRolesAsync(user)]);
}

internal static class GetProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapGet("/me", async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> (HttpContext context, UserManager<AcademyUser> users) =>
                await users.GetUserAsync(context.User) is { } user
                    ? TypedResults.Ok(await ProfileResponse.OfAsync(user, users))
                    : Problems.NotFound("The account"))
            .RequireAuthorization(Policies.SignedIn).WithName("GetProfile").WithSummary("The signed-in person's profile and roles.");
}
