using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.SendReminders;

/// <summary>Works out, from the database alone, which reminders are due now; nothing here remembers what was sent.</summary>
internal sealed class DueReminderFinder(EnrollmentDbContext db, ICourseCatalog catalog, IAssessmentDirectory assessments)
{
    public static readonly TimeSpan SessionLead = TimeSpan.FromHours(24);
    public static readonly TimeSpan OfferExpiryLead = TimeSpan.FromHours(12);
    public static readonly TimeSpan DecisionLookback = TimeSpan.FromDays(7);
    public static readonly TimeSpan AssessmentLead = TimeSpan.FromHours(48);

    public async Task<IReadOnlyList<DueReminder>> FindAsync(DateTime now, CancellationToken cancellationToken)
    {
        var due = new List<DueReminder>();
        due.AddRange(await SessionsTomorrowAsync(now, cancellationToken));
        due.AddRange(await SeatOffersAsync(now, cancellationToken));
        due.AddRange(await DecisionsAsync(now, cancellationToken));
        due.AddRange(await AssessmentsDueAsync(now, cancellationToken));
        return due;
    }

    private async Task<IEnumerable<DueReminder>> SessionsTomorrowAsync(DateTime now, CancellationToken cancellationToken)
    {
        var sessions = await catalog.GetSessionsStartingBetweenAsync(now, now + SessionLead, cancellationToken);
        if (sessions.Count == 0)
        {
            return [];
        }

        var offeringIds = sessions.Select(s => s.OfferingId).Distinct().ToList();
        var participants = await EnrolledParticipantsAsync(offeringIds, cancellationToken);
        var optedOut = await db.ReminderPreferences.AsNoTracking()
            .Where(p => p.Kind == ReminderKind.SessionTomorrow)
            .Select(p => p.UserId)
            .ToListAsync(cancellationToken);
        var skip = optedOut.ToHashSet();
        return from session in sessions
               join participant in participants on session.OfferingId equals participant.OfferingId
               where !skip.Contains(participant.UserId)
               select new DueReminder(participant.UserId, ReminderKind.SessionTomorrow, session.Id, session.StartsAtUtc,
                   $"Tomorrow: {participant.Title}",
                   $"Your session \"{session.Topic}\" of {participant.Title} starts {Amsterdam(session.StartsAtUtc)} (Amsterdam time)" +
                   (session.Location is null ? "." : $" at {session.Location}.") + (session.OnlineLink is null ? string.Empty : $" Join online: {session.OnlineLink}"),
                   "/learning", session.Id);
    }

    private async Task<IEnumerable<DueReminder>> SeatOffersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var offers = await db.Enrollments.AsNoTracking()
            .Where(e => e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc != null && e.OfferExpiresAtUtc > now)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.Id, e.UserId, Expires = e.OfferExpiresAtUtc!.Value, b.Title })
            .ToListAsync(cancellationToken);
        var offered = offers.Select(o => new DueReminder(o.UserId, ReminderKind.SeatOffered, o.Id, o.Expires,
            $"A seat is free for you: {o.Title}",
            $"A seat in {o.Title} is offered to you until {Amsterdam(o.Expires)} (Amsterdam time). Claim it in My learning before then.",
            "/learning"));
        var expiring = offers.Where(o => o.Expires - now <= OfferExpiryLead).Select(o => new DueReminder(o.UserId, ReminderKind.SeatOfferExpiring, o.Id, o.Expires,
            $"Your seat offer ends soon: {o.Title}",
            $"The seat offered to you in {o.Title} passes to the next person at {Amsterdam(o.Expires)} (Amsterdam time) unless you claim it.",
            "/learning"));
        return offered.Concat(expiring);
    }

    private async Task<IEnumerable<DueReminder>> DecisionsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var since = now - DecisionLookback;
        var decisions = await db.Enrollments.AsNoTracking()
            .Where(e => e.DecidedAtUtc != null && e.DecidedAtUtc > since)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.Id, e.UserId, e.Status, e.DecisionMessage, Decided = e.DecidedAtUtc!.Value, b.Title })
            .ToListAsync(cancellationToken);
        return decisions.Select(d => new DueReminder(d.UserId, ReminderKind.ApplicationDecided, d.Id, d.Decided,
            d.Status == EnrollmentStatus.Rejected ? $"Your application for {d.Title}" : $"You are accepted for {d.Title}",
            (d.Status == EnrollmentStatus.Rejected
                ? $"Your application for {d.Title} was not accepted."
                : d.Status == EnrollmentStatus.Waitlisted ? $"You are accepted for {d.Title} and placed on the waiting list." : $"You are accepted for {d.Title}.")
            + (d.DecisionMessage is null ? string.Empty : $" Message from the coordinator: {d.DecisionMessage}"),
            "/learning"));
    }

    /// <summary>Participants who have not handed in an assessment due within 48 hours (and have no extension past it).</summary>
    private async Task<IEnumerable<DueReminder>> AssessmentsDueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var deadlines = await assessments.DeadlinesBetweenAsync(now, now + AssessmentLead, cancellationToken);
        if (deadlines.Count == 0)
        {
            return [];
        }

        var offeringIds = deadlines.Select(d => d.OfferingId).Distinct().ToList();
        var participants = (await EnrolledParticipantsAsync(offeringIds, cancellationToken)).ToLookup(p => p.OfferingId);
        return from deadline in deadlines
               from participant in participants[deadline.OfferingId]
               where !deadline.ExcusedUserIds.Contains(participant.UserId)
               select new DueReminder(participant.UserId, ReminderKind.AssessmentDue, deadline.AssessmentId, deadline.DueAtUtc,
                   $"Due soon: {deadline.Title}",
                   $"\"{deadline.Title}\" of {participant.Title} is due {Amsterdam(deadline.DueAtUtc)} (Amsterdam time) and you have not handed it in yet.",
                   $"/learning/offerings/{deadline.OfferingId}/assessments");
    }

    private sealed record Participant(Guid OfferingId, Guid UserId, string Title);

    /// <summary>Who holds a seat in these (not cancelled) offerings, with the offering's title: the recipients of both deadline kinds.</summary>
    private Task<List<Participant>> EnrolledParticipantsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking()
            .Where(e => offeringIds.Contains(e.OfferingId) && e.Status == EnrollmentStatus.Enrolled)
            .Join(db.Books.Where(b => !b.IsCancelled), e => e.OfferingId, b => b.OfferingId, (e, b) => new Participant(e.OfferingId, e.UserId, b.Title))
            .ToListAsync(cancellationToken);

    private static string Amsterdam(DateTime utc) => AcademyTime.Format(utc, "dddd d MMMM yyyy 'at' HH:mm");
}
