using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Who may manage an offering: coordinators and administrators any; instructors only those they teach.</summary>
internal sealed class OfferingAccess(ICurrentUser currentUser, IEnrollmentDirectory enrollments)
{
    public bool IsCoordinator => currentUser.IsCoordinator();

    public bool IsStaff => currentUser.IsStaff();

    public bool MayManage(Offering offering) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Instructor) && currentUser.UserId is { } id && offering.IsTaughtBy(id));

    /// <summary>Meeting links are for the offering's staff and for participants holding a seat; visitors and the waiting list get none.</summary>
    public async Task<bool> MayJoinAsync(Offering offering, CancellationToken cancellationToken) =>
        MayManage(offering)
        || (currentUser.UserId is { } userId && (await enrollments.GetStateAsync(offering.Id, userId, cancellationToken))?.Status.TakesPart() == true);
}
