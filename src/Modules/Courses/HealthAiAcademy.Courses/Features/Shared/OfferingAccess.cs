using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Who may manage an offering: coordinators and administrators any; instructors only those they teach.</summary>
internal sealed class OfferingAccess(ICurrentUser currentUser)
{
    public bool IsCoordinator => currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Administrator);

    public bool MayManage(Offering offering) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Instructor) && currentUser.UserId is { } id && offering.IsTaughtBy(id));
}
