using System.Globalization;
using System.Text.RegularExpressions;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.BuildingBlocks.Time;

/// <summary>
/// Times are entered as the academy's wall-clock time (Europe/Amsterdam unless a time zone is given) and stored as UTC.
/// A value that carries its own offset ("Z", "+02:00") is taken as it is.
/// </summary>
public static partial class LocalTime
{
    public static TimeZoneInfo Zone(string? timeZoneId, ValidationErrors errors)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? AcademyTime.ZoneId : timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            errors.Add("timeZone", $"Unknown time zone '{timeZoneId}'.");
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>Parses a required date-time; adds a field error and returns null when missing or unreadable.</summary>
    public static DateTime? ToUtc(string? value, string field, TimeZoneInfo zone, ValidationErrors errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddIf(required, field, "Required: a date and time such as 2027-07-05T09:00.");
            return null;
        }

        if (HasOffset().IsMatch(value.Trim()))
        {
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return withOffset.UtcDateTime;
            }
        }
        else if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(unspecified))
            {
                errors.Add(field, $"{value} does not exist in {zone.Id} (the clocks go forward then).");
                return null;
            }

            return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
        }

        errors.Add(field, $"'{value}' is not a date and time such as 2027-07-05T09:00.");
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
