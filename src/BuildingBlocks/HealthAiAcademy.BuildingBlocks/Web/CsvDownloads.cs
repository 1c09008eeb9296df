using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>
/// CSV as spreadsheets open it: UTF-8 with a byte-order mark (without it Excel reads "Şahin" as "Åžahin") and a file name,
/// so a browser saves it instead of showing it.
/// </summary>
public static class CsvDownloads
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static FileContentHttpResult File(string csv, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), ContentType, fileName);

    /// <summary>
    /// Rows as CSV bytes with the byte-order mark, written the way the modules' own exports are (CsvHelper, with a field
    /// a spreadsheet would run as a formula escaped).
    /// </summary>
    /// <param name="separator">A registry's upload may want ';', as Dutch spreadsheets do.</param>
    public static byte[] Encode(IEnumerable<IReadOnlyList<string>> rows, char separator = ',')
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, Separator = separator }, true))
        {
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}

/// <summary>What a download endpoint documents: its file types, each a binary body in OpenAPI.</summary>
public static class FileDownloads
{
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] alternatives) =>
        builder.Produces<byte[]>(StatusCodes.Status200OK, contentType, alternatives);
}
