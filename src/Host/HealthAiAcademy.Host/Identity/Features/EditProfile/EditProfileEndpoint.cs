using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.GetProfile;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.EditProfile;

internal sealed record UpdateProfileRequest(string? FullName, string? Profession, string? RegistrationNumber, string? StudentNumber);

internal static class EditProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPut("/me", async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> (
                UpdateProfileRequest request, HttpContext context, UserManager<AcademyUser> users, AccountAudit audit) =>
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

                var changed = input.ApplyTo(user);
                if (changed.Count > 0)
                {
                    audit.Record(user.Id, AccountChangeKind.ProfileChanged, string.Join(", ", changed));
                    AccountChanges.Require(await users.UpdateAsync(user));
                }

                return TypedResults.Ok(await ProfileResponse.OfAsync(user, users));
            })
            .RequireAuthorization(Policies.SignedIn).WithName("EditProfile").WithSummary("Changes the signed-in person's name, profession and numbers.");
}
