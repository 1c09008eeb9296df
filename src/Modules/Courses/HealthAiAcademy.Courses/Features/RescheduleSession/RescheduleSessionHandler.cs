using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.RescheduleSession;

internal sealed class RescheduleSessionHandler(CoursesDbContext db, OfferingAccess access, SessionChanges changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<SessionResponse>> HandleAsync(Guid sessionId, SessionRequest request, CancellationToken cancellationToken)
    {
        var offering = await changes.LoadOfferingAsync(o => o.Sessions.Any(s => s.Id == sessionId), cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The session");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors reschedule its sessions.");
        }

        var (plan, errors) = SessionChanges.Validate(request, offering);
        if (plan is null)
        {
            return Outcome<SessionResponse>.Invalid(errors);
        }

        var session = offering.Sessions.Single(s => s.Id == sessionId);
        return await changes.SaveAsync(AuditActions.SessionRescheduled, () =>
        {
            db.AddIntegrationEvent(offering.RescheduleSession(session, plan, Now));
            return session;
        }, cancellationToken);
    }
}
