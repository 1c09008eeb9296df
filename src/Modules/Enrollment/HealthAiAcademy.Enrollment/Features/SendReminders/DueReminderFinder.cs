using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Features.SendReminders;

/// <summary>Works out, from the database alone, which reminders are due now; nothing here remembers what was sent.</summary>
internal sealed class DueReminderFinder(EnrollmentDbContext db, ICourseCatalog catalog, IAssessmentDirectory assessments)
{
    public static readonly TimeSpan SessionLead = TimeSpan.FromHours(24);
    public static readonly TimeSpan OfferExpiryLead = TimeSpan.FromHours(12);
    public static readonly TimeSpan DecisionLookback = TimeSpan.FromDays(7);
    public static readonly TimeSpan AssessmentLead = TimeSpan.FromHours(48);
    public static readonly TimeSpan EvaluationWindow = TimeSpan.FromDays(60);

    public async Task<IReadOnlyList<DueReminder>> FindAsync(DateTime now, CancellationToken cancellationToken)
    {
        var due = new List<DueReminder>();
        due.AddRange(await SessionsTomorrowAsync(now, cancellationToken));
        due.AddRange(await SeatOffersAsync(now, cancellationToken));
        due.AddRange(await DecisionsAsync(now, cancellationToken));
        due.AddRange(await AssessmentsDueAsync(now, cancellationToken));
        due.AddRange(await ChangesAsync(now, cancellationToken));
        due.AddRange(await AnnouncementsAsync(now, cancellationToken));
        due.AddRange(await EvaluationInvitationsAsync(now, cancellationToken));
        return due;
    }

    /// <summary>
    /// Once the last session of an offering with an evaluation has ended, everyone who may answer it (completed, or waiting
    /// only for it) and has not is invited, once; people who become eligible later, within two months, are invited then.
    /// </summary>
    private async Task<IEnumerable<DueReminder>> EvaluationInvitationsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var evaluations = await db.Evaluations.AsNoTracking().Select(e => new { e.Id, e.OfferingId, e.CreatedAtUtc }).ToListAsync(cancellationToken);
        if (evaluations.Count == 0)
        {
            return [];
        }

        var lastEnds = (await catalog.GetSessionsAsync([.. evaluations.Select(e => e.OfferingId)], cancellationToken))
            .Where(s => s.Status == SessionStatus.Scheduled)
            .GroupBy(s => s.OfferingId)
            .ToDictionary(g => g.Key, g => g.Max(s => s.StartsAtUtc.AddMinutes(s.DurationMinutes)));
        var open = evaluations.Where(e => lastEnds.TryGetValue(e.OfferingId, out var end) && end <= now && end > now - EvaluationWindow).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var offeringIds = open.Select(e => e.OfferingId).ToList();
        var evaluationIds = open.Select(e => e.Id).ToList();
        var answered = (await db.EvaluationReceipts.AsNoTracking().Where(r => evaluationIds.Contains(r.EvaluationId)).ToListAsync(cancellationToken))
            .Select(r => (r.EvaluationId, r.UserId)).ToHashSet();
        var people = (await db.Enrollments.AsNoTracking()
            .Where(e => offeringIds.Contains(e.OfferingId))
            .Where(Domain.Enrollment.MayEvaluateQuery)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.OfferingId, e.UserId, e.Status, b.Title })
            .ToListAsync(cancellationToken)).ToLookup(p => p.OfferingId);
        return from evaluation in open
               from person in people[evaluation.OfferingId]
               where !answered.Contains((evaluation.Id, person.UserId))
               select new DueReminder(person.UserId, ReminderKind.EvaluationInvitation, evaluation.Id, evaluation.CreatedAtUtc,
                   text => new ReminderText(
                       text["How was {0}?", person.Title],
                       person.Status == EnrollmentStatus.Enrolled
                           ? text["Please evaluate {0}: it takes a few minutes, your answers are anonymous, and your certificate follows as soon as you have answered.", person.Title]
                           : text["Please evaluate {0}: it takes a few minutes and your answers are anonymous. They help us improve the course and are reported to the accreditation body.", person.Title]),
                   $"/learning/offerings/{evaluation.OfferingId}/evaluation");
    }

    /// <summary>
    /// Each announcement of the last week goes to the people who took part when it was sent (holding a seat or done) and,
    /// where staff asked, to the waiting list; once each, by the ledger.
    /// </summary>
    private async Task<IEnumerable<DueReminder>> AnnouncementsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var since = now - DecisionLookback;
        var announcements = await db.Announcements.AsNoTracking().Where(a => a.SentAtUtc > since).ToListAsync(cancellationToken);
        if (announcements.Count == 0)
        {
            return [];
        }

        var offeringIds = announcements.Select(a => a.OfferingId).Distinct().ToList();
        var people = (await db.Enrollments.AsNoTracking()
            .Where(e => offeringIds.Contains(e.OfferingId)
                        && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed || e.Status == EnrollmentStatus.Waitlisted))
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.OfferingId, e.UserId, e.Status, e.RequestedAtUtc, b.Title })
            .ToListAsync(cancellationToken)).ToLookup(p => p.OfferingId);
        return from announcement in announcements
               from person in people[announcement.OfferingId]
               where person.RequestedAtUtc < announcement.SentAtUtc && announcement.IsFor(person.Status)
               select new DueReminder(person.UserId, ReminderKind.Announcement, announcement.Id, announcement.SentAtUtc,
                   text => new ReminderText(text["{0} – {1}", announcement.Subject, person.Title], announcement.Body),
                   "/learning");
    }

    /// <summary>
    /// Everyone holding a seat or waiting for one hears of a moved or cancelled session and of a cancelled offering, once,
    /// within a week of the change; people who joined after it already saw the new state.
    /// </summary>
    private async Task<IEnumerable<DueReminder>> ChangesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var since = now - DecisionLookback;
        var notices = await db.ChangeNotices.AsNoTracking().Where(n => n.OccurredAtUtc > since).ToListAsync(cancellationToken);
        if (notices.Count == 0)
        {
            return [];
        }

        var offeringIds = notices.Select(n => n.OfferingId).Distinct().ToList();
        var people = (await db.Enrollments.AsNoTracking()
            .Where(e => offeringIds.Contains(e.OfferingId) && (e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Waitlisted))
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.OfferingId, e.UserId, e.RequestedAtUtc, b.Title })
            .ToListAsync(cancellationToken)).ToLookup(p => p.OfferingId);
        var topics = notices.Any(n => n.SessionId is not null)
            ? (await catalog.GetSessionsAsync(offeringIds, cancellationToken)).ToDictionary(s => s.Id, s => s.Topic)
            : [];
        return from notice in notices
               from person in people[notice.OfferingId]
               where person.RequestedAtUtc < notice.OccurredAtUtc
               select new DueReminder(person.UserId, KindOf(notice.Change), notice.Id, notice.OccurredAtUtc,
                   text => Describe(text, notice, person.Title, notice.SessionId is { } id ? topics.GetValueOrDefault(id) : null),
                   "/learning", notice.SessionId);
    }

    private static ReminderKind KindOf(OfferingChange change) => change switch
    {
        OfferingChange.SessionMoved => ReminderKind.SessionMoved,
        OfferingChange.SessionCancelled => ReminderKind.SessionCancelled,
        _ => ReminderKind.OfferingCancelled,
    };

    private static ReminderText Describe(IStringLocalizer<EnrollmentText> text, OfferingChangeNotice notice, string title, string? topic) => notice.Change switch
    {
        OfferingChange.SessionMoved => new ReminderText(
            text["Session moved: {0}", title],
            text["The session \"{0}\" of {1} moves from {2} to {3} (Amsterdam time). The calendar entry attached replaces the old one.",
                topic ?? title, title, Amsterdam(text, notice.PreviousStartsAtUtc!.Value), Amsterdam(text, notice.StartsAtUtc!.Value)]),
        OfferingChange.SessionCancelled => new ReminderText(
            text["Session cancelled: {0}", title],
            text["The session \"{0}\" of {1} on {2} (Amsterdam time) will not take place. The calendar entry attached removes it.",
                topic ?? title, title, Amsterdam(text, notice.StartsAtUtc!.Value)]),
        _ => new ReminderText(
            text["Cancelled: {0}", title],
            text["{0} is cancelled: none of its sessions will take place. You do not need to do anything; the coordinators will tell you about a next run.", title]),
    };

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
                   text => new ReminderText(
                       text["Tomorrow: {0}", participant.Title],
                       text["Your session \"{0}\" of {1} starts {2} (Amsterdam time)", session.Topic, participant.Title, Amsterdam(text, session.StartsAtUtc)] +
                       (session.Location is null ? "." : text[" at {0}.", session.Location]) + (session.OnlineLink is null ? string.Empty : text[" Join online: {0}", session.OnlineLink])),
                   "/learning", session.Id);
    }

    private async Task<IEnumerable<DueReminder>> SeatOffersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var offers = await db.Enrollments.AsNoTracking()
            .Where(e => e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc != null && e.OfferExpiresAtUtc > now)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { e.Id, e.UserId, Expires = e.OfferExpiresAtUtc!.Value, b.Title })
            .ToListAsync(cancellationToken);
        var offered = offers.Select(o => new DueReminder(o.UserId, ReminderKind.SeatOffered, o.Id, o.Expires,
            text => new ReminderText(
                text["A seat is free for you: {0}", o.Title],
                text["A seat in {0} is offered to you until {1} (Amsterdam time). Claim it in My learning before then.", o.Title, Amsterdam(text, o.Expires)]),
            "/learning"));
        var expiring = offers.Where(o => o.Expires - now <= OfferExpiryLead).Select(o => new DueReminder(o.UserId, ReminderKind.SeatOfferExpiring, o.Id, o.Expires,
            text => new ReminderText(
                text["Your seat offer ends soon: {0}", o.Title],
                text["The seat offered to you in {0} passes to the next person at {1} (Amsterdam time) unless you claim it.", o.Title, Amsterdam(text, o.Expires)]),
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
            text => new ReminderText(
                d.Status == EnrollmentStatus.Rejected ? text["Your application for {0}", d.Title] : text["You are accepted for {0}", d.Title],
                (d.Status == EnrollmentStatus.Rejected
                    ? text["Your application for {0} was not accepted.", d.Title]
                    : d.Status == EnrollmentStatus.Waitlisted ? text["You are accepted for {0} and placed on the waiting list.", d.Title] : text["You are accepted for {0}.", d.Title])
                + (d.DecisionMessage is null ? string.Empty : text[" Message from the coordinator: {0}", d.DecisionMessage])),
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
                   text => new ReminderText(
                       text["Due soon: {0}", deadline.Title],
                       text["\"{0}\" of {1} is due {2} (Amsterdam time) and you have not handed it in yet.", deadline.Title, participant.Title, Amsterdam(text, deadline.DueAtUtc)]),
                   $"/learning/offerings/{deadline.OfferingId}/assessments");
    }

    private sealed record Participant(Guid OfferingId, Guid UserId, string Title);

    /// <summary>Who holds a seat in these (not cancelled) offerings, with the offering's title: the recipients of both deadline kinds.</summary>
    private Task<List<Participant>> EnrolledParticipantsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking()
            .Where(e => offeringIds.Contains(e.OfferingId) && e.Status == EnrollmentStatus.Enrolled)
            .Join(db.Books.Where(b => !b.IsCancelled), e => e.OfferingId, b => b.OfferingId, (e, b) => new Participant(e.OfferingId, e.UserId, b.Title))
            .ToListAsync(cancellationToken);

    private static string Amsterdam(IStringLocalizer<EnrollmentText> text, DateTime utc) => AcademyTime.Format(utc, text["dddd d MMMM yyyy 'at' HH:mm"]);
}
