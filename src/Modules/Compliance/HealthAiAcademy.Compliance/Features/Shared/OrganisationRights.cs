using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Administrators keep the organisation (it mirrors HR); coordinators read it to plan who needs which training.</summary>
internal static class OrganisationRights
{
    public const string MaintainRefusal = "Only administrators maintain the organisation.";
    public const string ReadRefusal = "Only coordinators and administrators see the organisation.";

    public static bool MayMaintain(this ICurrentUser user) => user.IsInRole(Roles.Administrator);

    public static bool MayRead(this ICurrentUser user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Coordinator);
}
