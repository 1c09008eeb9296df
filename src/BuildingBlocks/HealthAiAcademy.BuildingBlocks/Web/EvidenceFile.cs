using Microsoft.AspNetCore.Http;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>A file a person hands in to prove training followed elsewhere: a certificate or attendance statement, PDF, PNG or JPEG, at most 5 MB.</summary>
public sealed record EvidenceFile(string? FileName, byte[]? Content)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
    };

    /// <summary>The media type its extension names; only meaningful once <see cref="Check"/> found nothing wrong.</summary>
    public string ContentType => Types[Path.GetExtension(FileName ?? string.Empty)];

    /// <summary>The name to store and offer for download: without folders or characters a download header cannot carry.</summary>
    public string SafeFileName => ZipEntryNames.File(Path.GetFileName(FileName ?? "evidence"));

    /// <summary>A page's upload as evidence; null when no file was chosen.</summary>
    public static async Task<EvidenceFile?> ReadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 })
        {
            return null;
        }

        using var stream = new MemoryStream();
        await upload.CopyToAsync(stream, cancellationToken);
        return new EvidenceFile(upload.FileName, stream.ToArray());
    }

    /// <summary>Adds to <paramref name="errors"/> under <paramref name="field"/> what is wrong with the file, if anything (a missing file only when it is required).</summary>
    public static ValidationErrors Check(ValidationErrors errors, string field, EvidenceFile? file, bool required = false) => errors
        .AddIf(required && file is null, field, "Evidence is required: a PDF, PNG or JPEG file.")
        .AddIf(file is not null && (file.Content is not { Length: > 0 } || string.IsNullOrWhiteSpace(file.FileName)), field, "Evidence needs a file name and content.")
        .AddIf(file?.Content?.Length > MaxBytes, field, "Evidence is at most 5 MB.")
        .AddIf(file is not null && !Types.ContainsKey(Path.GetExtension(file.FileName ?? string.Empty)), field, "Evidence is a PDF, PNG or JPEG file.");
}
