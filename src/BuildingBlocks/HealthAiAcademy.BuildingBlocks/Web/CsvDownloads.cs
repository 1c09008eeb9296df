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
}
