using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Courses.Contracts;

/// <summary>Coordinators and administrators act on every offering; instructors only on those they teach. Shared by every module.</summary>
public sealed class OfferingStaff(ICurrentUser currentUser)
{
    public bool IsCoordinator => currentUser.IsCoordinator();

    public bool IsStaffOf(OfferingOutline offering) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Instructor) && currentUser.UserId is { } id && offering.InstructorIds.Contains(id));
}
