using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>What scheduling, rescheduling and cancelling a session share: the session plan checked against the offering, loading and saving.</summary>
internal sealed class SessionChanges(CoursesDbContext db, CatalogCache catalogCache, StaffAudit audit)
{
    public static (SessionPlan? Plan, ValidationErrors Errors) Validate(SessionRequest request, Offering offering)
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

    public Task<Offering?> LoadOfferingAsync(System.Linq.Expressions.Expression<Func<Offering, bool>> predicate, CancellationToken cancellationToken) =>
        db.Offerings.Include(o => o.Course).Include(o => o.Sessions).SingleOrDefaultAsync(predicate, cancellationToken);

    public async Task<Outcome<SessionResponse>> SaveAsync(string auditAction, Func<Session> change, CancellationToken cancellationToken)
    {
        try
        {
            var session = change();
            audit.Record(db, auditAction, new AuditSubject(nameof(Session), session.Id, session.OfferingId), AuditChanges.Tracked(db.Entry(session)));
            await db.SaveChangesAsync(cancellationToken);
            await catalogCache.InvalidateAsync(cancellationToken);
            return Outcome<SessionResponse>.Ok(SessionResponse.From(session, mayJoin: true));
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<SessionResponse>.Conflict(violation.Message);
        }
    }
}
