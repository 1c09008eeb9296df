using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.CancelSession;

internal sealed class CancelSessionHandler(CoursesDbContext db, OfferingAccess access, SessionChanges changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<SessionResponse>> HandleAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var offering = await changes.LoadOfferingAsync(o => o.Sessions.Any(s => s.Id == sessionId), cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The session");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors cancel its sessions.");
        }

        var session = offering.Sessions.Single(s => s.Id == sessionId);
        return await changes.SaveAsync(AuditActions.SessionCancelled, () =>
        {
            db.AddIntegrationEvent(offering.CancelSession(session, Now));
            return session;
        }, cancellationToken);
    }
}
