using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>The roles an administrator hands out; everyone is a participant besides.</summary>
internal static class GrantableRoles
{
    public static readonly IReadOnlyList<string> All = [Roles.Instructor, Roles.Coordinator, Roles.Administrator];

    /// <summary>Adds an error on <paramref name="field"/> unless <paramref name="role"/> is one of <see cref="All"/>.</summary>
    public static ValidationErrors Check(this ValidationErrors errors, string? role, string field, IStringLocalizer<HostText> text) =>
        errors.AddIf(role is null || !All.Contains(role), field, text["Role is one of {0}.", string.Join(", ", All)]);
}
