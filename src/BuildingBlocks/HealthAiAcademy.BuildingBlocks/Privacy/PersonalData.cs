using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAiAcademy.BuildingBlocks.Privacy;

/// <summary>One file of a person's data export: a JSON document, or a document they handed in or received.</summary>
public sealed record PersonalDataFile(string Path, byte[] Content)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static PersonalDataFile AsJson(string path, object value) => new(path, JsonSerializer.SerializeToUtf8Bytes(value, Json));
}

/// <summary>What one module holds about a person, for their data export (GDPR art. 15 and 20).</summary>
public interface IPersonalDataSource
{
    string Module { get; }

    Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken);
}
