using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ScheduleSession;

/// <summary>Schedules a session within the offering's dates; participants are told through an event.</summary>
internal sealed class ScheduleSessionHandler(CoursesDbContext db, OfferingAccess access, SessionChanges changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<SessionResponse>> HandleAsync(Guid offeringId, SessionRequest request, CancellationToken cancellationToken)
    {
        var offering = await changes.LoadOfferingAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The offering");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors schedule its sessions.");
        }

        var (plan, errors) = SessionChanges.Validate(request, offering);
        if (plan is null)
        {
            return Outcome<SessionResponse>.Invalid(errors);
        }

        return await changes.SaveAsync(AuditActions.SessionScheduled, () =>
        {
            var (session, scheduled) = offering.ScheduleSession(plan, Now);
            db.AddIntegrationEvent(scheduled);
            return session;
        }, cancellationToken);
    }
}
