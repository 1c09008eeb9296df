using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>Coordinators and administrators act on every offering; instructors only on those they teach.</summary>
internal sealed class OfferingStaff(ICurrentUser currentUser)
{
    public bool IsCoordinator => currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Administrator);

    public bool IsStaffOf(OfferingSnapshot offering) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Instructor) && currentUser.UserId is { } id && offering.InstructorIds.Contains(id));
}
