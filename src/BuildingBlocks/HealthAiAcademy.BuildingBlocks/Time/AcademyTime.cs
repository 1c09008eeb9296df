using System.Globalization;

namespace HealthAiAcademy.BuildingBlocks.Time;

/// <summary>The academy's wall clock: times are stored in UTC and shown in Amsterdam time, where the participants live.</summary>
public static class AcademyTime
{
    public const string ZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The calendar date in Amsterdam at this instant: what "today", a start date or an expiry date means to our users.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The last instant (in UTC) of that calendar day in Amsterdam: "as it stood on that day".</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone).AddTicks(-1);

    /// <summary>The instant for machines (a <c>&lt;time datetime&gt;</c> value): UTC to the second with its Z, as HTML allows.</summary>
    public static string Machine(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc, string format = "ddd d MMM yyyy, HH:mm") =>
        ToLocal(utc).ToString(format, CultureInfo.CurrentCulture);
}
