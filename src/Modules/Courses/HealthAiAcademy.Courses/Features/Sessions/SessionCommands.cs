using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Sessions;

/// <summary>Scheduling, rescheduling and cancelling sessions; each change raises an event for reminders and participants.</summary>
internal sealed class SessionCommands(CoursesDbContext db, OfferingAccess access, CatalogCache catalogCache, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<SessionResponse>> ScheduleAsync(Guid offeringId, SessionRequest request, CancellationToken cancellationToken)
    {
        var offering = await LoadOfferingAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The offering");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors schedule its sessions.");
        }

        var (plan, errors) = Validate(request, offering);
        if (plan is null)
        {
            return Outcome<SessionResponse>.Invalid(errors);
        }

        return await SaveAsync(() =>
        {
            var (session, scheduled) = offering.ScheduleSession(plan, Now);
            db.AddIntegrationEvent(scheduled);
            return session;
        }, cancellationToken);
    }

    public async Task<Outcome<SessionResponse>> RescheduleAsync(Guid sessionId, SessionRequest request, CancellationToken cancellationToken)
    {
        var offering = await LoadOfferingAsync(o => o.Sessions.Any(s => s.Id == sessionId), cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The session");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors reschedule its sessions.");
        }

        var (plan, errors) = Validate(request, offering);
        if (plan is null)
        {
            return Outcome<SessionResponse>.Invalid(errors);
        }

        var session = offering.Sessions.Single(s => s.Id == sessionId);
        return await SaveAsync(() =>
        {
            db.AddIntegrationEvent(offering.RescheduleSession(session, plan, Now));
            return session;
        }, cancellationToken);
    }

    public async Task<Outcome<SessionResponse>> CancelAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var offering = await LoadOfferingAsync(o => o.Sessions.Any(s => s.Id == sessionId), cancellationToken);
        if (offering is null)
        {
            return Outcome<SessionResponse>.NotFound("The session");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<SessionResponse>.Forbidden("Only coordinators and the offering's own instructors cancel its sessions.");
        }

        var session = offering.Sessions.Single(s => s.Id == sessionId);
        return await SaveAsync(() =>
        {
            db.AddIntegrationEvent(offering.CancelSession(session, Now));
            return session;
        }, cancellationToken);
    }

    private static (SessionPlan? Plan, ValidationErrors Errors) Validate(SessionRequest request, Offering offering)
    {
        var errors = new ValidationErrors();
        var zone = LocalTime.Zone(request.TimeZone, errors);
        var startsAt = LocalTime.ToUtc(request.StartsAt, "startsAt", zone, errors);
        errors.AddIf(request.DurationMinutes is null or < 5 or > 24 * 60, "durationMinutes", "A duration of 5 minutes to 24 hours.");
        errors.AddIf(string.IsNullOrWhiteSpace(request.Topic) || request.Topic.Trim().Length > 200, "topic", "A topic of 1 to 200 characters.");
        var location = LinkInput.Clean(request.Location);
        var onlineLink = LinkInput.Clean(request.OnlineLink);
        errors.AddIf(location?.Length > 300, "location", "At most 300 characters.");
        errors.AddIf(onlineLink is not null && !LinkInput.IsWebLink(onlineLink), "onlineLink", "An http(s) link.");
        if (startsAt is { } start && request.DurationMinutes is { } minutes
            && (start < offering.StartsAtUtc || start.AddMinutes(minutes) > offering.EndsAtUtc))
        {
            errors.Add("startsAt", $"The session must fall within the offering's dates ({AcademyTime.Format(offering.StartsAtUtc, "yyyy-MM-dd HH:mm")} to {AcademyTime.Format(offering.EndsAtUtc, "yyyy-MM-dd HH:mm")}, Amsterdam time).");
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        var instructors = request.InstructorIds is { Count: > 0 } ids ? ids : offering.InstructorIds;
        return (new SessionPlan(startsAt!.Value, request.DurationMinutes!.Value, request.Topic!.Trim(),
            location ?? offering.Location, onlineLink ?? offering.OnlineLink, [.. instructors]), errors);
    }

    private Task<Offering?> LoadOfferingAsync(System.Linq.Expressions.Expression<Func<Offering, bool>> predicate, CancellationToken cancellationToken) =>
        db.Offerings.Include(o => o.Course).Include(o => o.Sessions).SingleOrDefaultAsync(predicate, cancellationToken);

    private async Task<Outcome<SessionResponse>> SaveAsync(Func<Session> change, CancellationToken cancellationToken)
    {
        try
        {
            var session = change();
            await db.SaveChangesAsync(cancellationToken);
            await catalogCache.InvalidateAsync(cancellationToken);
            return Outcome<SessionResponse>.Ok(SessionResponse.From(session));
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<SessionResponse>.Conflict(violation.Message);
        }
    }
}
