using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Writes sessions as an iCalendar file; a session keeps its UID so clients update or cancel the same event.</summary>
internal static class SessionCalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="sessions">Each with its offering's title and whether the reader may have its meeting link.</param>
    public static string Write(string calendarName, IEnumerable<(Session Session, string OfferingTitle, bool MayJoin)> sessions, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = "-//Health AI Academy//Sessions//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var (session, title, mayJoin) in sessions.OrderBy(s => s.Session.StartsAtUtc))
        {
            var link = mayJoin ? session.OnlineLink : null;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"session-{session.Id}@healthaiacademy",
                Summary = $"{title}: {session.Topic}",
                Description = link is null ? title : $"{title}\nJoin online: {link}",
                Location = session.Location ?? link ?? (session.OnlineLink is null ? null : "Online"),
                DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartsAtUtc, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndsAtUtc, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
                Sequence = session.Sequence,
                Status = session.Status == SessionStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
