using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Host.Identity.Features.SearchStaff;

internal sealed record StaffMember(Guid Id, string FullName, string Email);

/// <summary>What the instructor fields of course, offering and session forms suggest as one types.</summary>
internal static class SearchStaffEndpoint
{
    public const int MaxResults = 10;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/staff", async (string? search, IUserDirectory directory, CancellationToken cancellationToken) =>
            {
                if (search is { Length: > 200 })
                {
                    return new ValidationErrors().Add("search", "Search at most 200 characters.").ToProblem();
                }

                var found = await directory.SearchStaffAsync(search, MaxResults, cancellationToken);
                return Results.Ok(found.Select(p => new StaffMember(p.UserId, p.FullName, p.Email)).ToList());
            })
            .RequireAuthorization(Policies.Staff).WithName("SearchStaff").WithTags("People")
            .WithSummary("Up to ten active staff accounts (instructors, coordinators, administrators) whose name or email contains the words.")
            .Produces<List<StaffMember>>().ProducesValidationProblem();
}
