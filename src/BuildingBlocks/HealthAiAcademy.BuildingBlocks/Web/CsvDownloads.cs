using System.Text;
using Microsoft.AspNetCore.Http;
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
    /// Rows as CSV bytes (with the byte-order mark): fields quoted where needed, and a field a spreadsheet would run as a
    /// formula (=, +, -, @) prefixed with an apostrophe.
    /// </summary>
    public static byte[] Encode(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
