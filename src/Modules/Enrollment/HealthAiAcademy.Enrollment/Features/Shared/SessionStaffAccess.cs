using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>Attendance is taken and read by the offering's instructors and coordinators only.</summary>
internal sealed class SessionStaffAccess(ICourseCatalog catalog, OfferingStaff staff)
{
    public async Task<(SessionSnapshot? Session, OfferingOutline? Offering, OutcomeKind? Refusal)> SessionForStaffAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await catalog.GetSessionAsync(sessionId, cancellationToken);
        var offering = session is null ? null : await catalog.GetOfferingAsync(session.OfferingId, cancellationToken);
        if (session is null || offering is null)
        {
            return (null, null, OutcomeKind.NotFound);
        }

        return staff.IsStaffOf(offering) ? (session, offering, null) : (session, offering, OutcomeKind.Forbidden);
    }

    public static Outcome<T> Refuse<T>(OutcomeKind kind) => kind == OutcomeKind.NotFound
        ? Outcome<T>.NotFound("The session")
        : Outcome<T>.Forbidden("Attendance is taken by the offering's instructors and coordinators.");
}
