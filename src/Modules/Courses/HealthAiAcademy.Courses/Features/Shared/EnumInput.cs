using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Enums arrive as strings so an unknown value is a field error, not an unreadable body.</summary>
internal static class EnumInput
{
    public static TEnum? Parse<TEnum>(string? value, string field, ValidationErrors errors, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                errors.Add(field, $"Required: one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }

            return fallback;
        }

        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(field, $"Unknown value '{value}': use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }
}
