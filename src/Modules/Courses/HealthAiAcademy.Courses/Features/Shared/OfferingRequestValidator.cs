using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Checks an offering request field by field and turns it into an <see cref="OfferingPlan"/>.</summary>
internal sealed class OfferingRequestValidator(IUserDirectory users, TimeProvider clock)
{
    public async Task<(OfferingPlan? Plan, ValidationErrors Errors)> ValidateAsync(OfferingRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var zone = LocalTime.Zone(request.TimeZone, errors);
        var kind = EnumInput.Parse<OfferingKind>(request.Kind, "kind", errors);
        var policy = EnumInput.Parse<EnrollmentPolicy>(request.EnrollmentPolicy, "enrollmentPolicy", errors, EnrollmentPolicy.Open);
        var delivery = EnumInput.Parse<DeliveryMode>(request.Delivery, "delivery", errors);
        var startsAt = LocalTime.ToUtc(request.StartsAt, "startsAt", zone, errors);
        var endsAt = LocalTime.ToUtc(request.EndsAt, "endsAt", zone, errors);
        var opensAt = LocalTime.ToUtc(request.EnrollmentOpensAt, "enrollmentOpensAt", zone, errors);
        var closesAt = LocalTime.ToUtc(request.EnrollmentClosesAt, "enrollmentClosesAt", zone, errors);
        var deadline = LocalTime.ToUtc(request.CancellationDeadline, "cancellationDeadline", zone, errors, required: false) ?? closesAt;

        errors.AddIf(string.IsNullOrWhiteSpace(request.CohortLabel) || request.CohortLabel.Trim().Length > 40, "cohortLabel", "A cohort label of 1 to 40 characters, such as 2027.");
        errors.AddIf(startsAt is not null && endsAt is not null && endsAt <= startsAt, "endsAt", "The offering must end after it starts.");
        errors.AddIf(opensAt is not null && closesAt is not null && closesAt <= opensAt, "enrollmentClosesAt", "The enrollment window must close after it opens.");
        // A series (webinars, mini-lectures, a minor over a semester) takes late joiners: enrolment may stay open until the end.
        errors.AddIf(closesAt is not null && endsAt is not null && closesAt > endsAt, "enrollmentClosesAt", "The enrollment window must close before the offering ends.");
        errors.AddIf(deadline is not null && startsAt is not null && deadline > startsAt, "cancellationDeadline", "The cancellation deadline must fall before the offering starts.");
        errors.AddIf(request.Capacity is < 1, "capacity", "Capacity must be at least 1 (leave it empty for no limit).");
        errors.AddIf(request.Capacity is > 100_000, "capacity", "Capacity is at most 100,000.");
        errors.AddIf(request.Capacity is null && kind is not null and not (OfferingKind.Webinar or OfferingKind.InspirationSession), "capacity",
            "Capacity is required, except for webinars and inspiration sessions.");
        errors.AddIf(request.PastRun == true && endsAt is not null && endsAt > clock.GetUtcNow().UtcDateTime, "endsAt",
            "A record of a past run has taken place: its end lies in the past.");
        errors.AddIf(request.MinimumAttendancePercent is < 0 or > 100, "minimumAttendancePercent", "A percentage from 0 to 100.");

        var location = LinkInput.Clean(request.Location);
        var onlineLink = LinkInput.Clean(request.OnlineLink);
        errors.AddIf(location?.Length > 300, "location", "At most 300 characters.");
        errors.AddIf(onlineLink is not null && !LinkInput.IsWebLink(onlineLink), "onlineLink", "An http(s) link.");
        errors.AddIf(delivery is DeliveryMode.InPerson or DeliveryMode.Blended && location is null, "location", "In-person and blended offerings need a location.");
        errors.AddIf(delivery is DeliveryMode.Online or DeliveryMode.Blended && onlineLink is null, "onlineLink", "Online and blended offerings need a link.");

        var instructorIds = (request.InstructorIds ?? []).Distinct().ToList();
        if (instructorIds.Count > 0)
        {
            var known = await users.FindManyAsync(instructorIds, cancellationToken);
            var unknown = instructorIds.Where(id => !known.ContainsKey(id)).ToList();
            errors.AddIf(unknown.Count > 0, "instructorIds", $"Unknown user(s): {string.Join(", ", unknown)}.");
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        return (new OfferingPlan(
            kind!.Value, request.CohortLabel!.Trim(), startsAt!.Value, endsAt!.Value, opensAt!.Value, closesAt!.Value, deadline!.Value,
            request.Capacity, policy!.Value, request.WaitlistEnabled ?? true, request.AutomaticWaitlistPromotion ?? false,
            request.RequiresStudentNumber ?? false, request.RequiresRegistrationNumber ?? false, delivery!.Value, location, onlineLink,
            request.MinimumAttendancePercent ?? 0, instructorIds, request.PastRun ?? false), errors);
    }
}
