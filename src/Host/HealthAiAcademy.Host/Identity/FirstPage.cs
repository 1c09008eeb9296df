using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Where a sign-in lands when no page asked for it: staff on their dashboard (work waiting), participants in the catalog.</summary>
internal static class FirstPage
{
    public const string Staff = "/manage/dashboard";
    public const string Participant = "/catalog";

    public static async Task<string> ForAsync(UserManager<AcademyUser> users, AcademyUser user) =>
        (await users.GetRolesAsync(user)).Any(role => role is Roles.Instructor or Roles.Coordinator or Roles.Administrator) ? Staff : Participant;
}
