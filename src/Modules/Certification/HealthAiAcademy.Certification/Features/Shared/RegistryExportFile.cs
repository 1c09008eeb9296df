using System.Globalization;
using ClosedXML.Excel;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>A recorded export written out in its layout: the same lines give the same file, however often it is downloaded.</summary>
internal static class RegistryExportFile
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static (byte[] Content, string ContentType, string FileName) Write(RegistryExport export)
    {
        var name = $"presence-{Slug(export.Registry)}-{export.ExportedAtUtc:yyyyMMdd-HHmmss}";
        return export.Layout.Format == RegistryFileFormat.Xlsx
            ? (Xlsx(export), XlsxContentType, name + ".xlsx")
            : (Csv(export), CsvDownloads.ContentType, name + ".csv");
    }

    private static byte[] Csv(RegistryExport export)
    {
        var layout = export.Layout;
        var rows = new List<IReadOnlyList<string>> { layout.Columns.Select(c => c.Header).ToList() };
        rows.AddRange(export.Lines.Select(line => (IReadOnlyList<string>)[.. layout.Columns.Select(c => Value(line, c.Field) switch
        {
            DateOnly date => date.ToString(layout.DateFormat, CultureInfo.InvariantCulture),
            double number => number.ToString("0.##", CultureInfo.InvariantCulture).Replace(".", layout.DecimalSeparator, StringComparison.Ordinal),
            var text => (string?)text ?? string.Empty,
        })]));
        return CsvDownloads.Encode(rows, layout.Delimiter is [var separator] ? separator : ',');
    }

    private static byte[] Xlsx(RegistryExport export)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Presentie");
        var layout = export.Layout;
        for (var column = 0; column < layout.Columns.Count; column++)
        {
            sheet.Cell(1, column + 1).SetValue(layout.Columns[column].Header).Style.Font.SetBold();
            for (var row = 0; row < export.Lines.Count; row++)
            {
                var cell = sheet.Cell(row + 2, column + 1);
                switch (Value(export.Lines[row], layout.Columns[column].Field))
                {
                    case DateOnly date:
                        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                        cell.Style.DateFormat.Format = layout.DateFormat.ToLowerInvariant();
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    case var text:
                        // Registration numbers keep their leading zeros: text, never a number.
                        cell.SetValue((string?)text ?? string.Empty);
                        cell.DataType = XLDataType.Text;
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static object? Value(RegistryExportLine line, RegistryField field) => field switch
    {
        RegistryField.RegistrationNumber => line.RegistrationNumber,
        RegistryField.FullName => line.FullName,
        RegistryField.Profession => line.Profession,
        RegistryField.AccreditationId => line.AccreditationId,
        RegistryField.StartDate => line.StartDate,
        RegistryField.EndDate => line.EndDate,
        RegistryField.CompletedOn => line.CompletedOn,
        RegistryField.Points => line.Points,
        RegistryField.CertificateNumber => line.CertificateNumber,
        _ => null,
    };

    private static string Slug(string registry) =>
        new([.. registry.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
