using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>
/// Every <see cref="DateTime"/> the academy stores is a UTC instant. Neither SQLite (text) nor SQL Server (datetime2) keeps
/// the kind, so without this a value read back is Unspecified, JSON writes it without its <c>Z</c>, and a client that posts
/// it back is an hour or two off. Values are stored as they are; read back, they are marked UTC.
/// </summary>
public static class UtcDateTimes
{
    public static ModelConfigurationBuilder StoreDateTimesAsUtc(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        return configuration;
    }

    /// <summary>A local time is converted; an unspecified one is taken to be UTC already, as everything the academy writes is.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(value => AsUtc(value), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
