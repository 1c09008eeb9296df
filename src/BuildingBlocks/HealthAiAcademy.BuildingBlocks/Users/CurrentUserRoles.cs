using HealthAiAcademy.BuildingBlocks.Authorization;

namespace HealthAiAcademy.BuildingBlocks.Users;

/// <summary>
/// The role questions use cases ask before they act. A use case answers for who may call it itself, whatever page or
/// endpoint calls it, so a page with a wider policy than its endpoint cannot open a door the API keeps shut.
/// </summary>
public static class CurrentUserRoles
{
    /// <summary>Coordinators and administrators, who run every offering.</summary>
    public static bool IsCoordinator(this ICurrentUser user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Administrator);

    public static bool IsAdministrator(this ICurrentUser user) => user.IsInRole(Roles.Administrator);

    /// <summary>Instructors, coordinators and administrators.</summary>
    public static bool IsStaff(this ICurrentUser user) => user.IsInRole(Roles.Instructor) || user.IsCoordinator();
}
