using CsvHelper;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>
/// A CSV file a person uploads from a spreadsheet: the byte-order mark Excel writes is dropped, the separator is detected
/// (Dutch Excel writes semicolons), cells are trimmed, columns are found by any of their names, and a malformed record
/// ends the file instead of throwing.
/// </summary>
public sealed class CsvUpload : IDisposable
{
    private readonly CsvReader reader;

    private CsvUpload(CsvReader reader, string[] header)
    {
        this.reader = reader;
        Header = header;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The file with its header read; null when the text is not CSV that can be read.</summary>
    public static CsvUpload? Open(string csv)
    {
        var reader = CsvReader.Create(new StringReader(csv.TrimStart('\uFEFF')), new CsvReaderOptions { TrimWhitespace = true }, false);
        try
        {
            return new CsvUpload(reader, [.. reader.Headers]);
        }
        catch (CsvFormatException)
        {
            reader.Dispose();
            return null;
        }
    }

    /// <summary>The index of the first column whose header is one of <paramref name="names"/> (any case), or -1.</summary>
    public int Column(params string[] names)
    {
        for (var index = 0; index < Header.Count; index++)
        {
            if (names.Contains(Header[index].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The records after the header, numbered from 1 as people count them below the header; blank lines are skipped but counted.</summary>
    public IEnumerable<(int Number, string[] Cells)> Records()
    {
        var number = 0;
        while (TryRead(out var record))
        {
            number++;
            if (!record.All(string.IsNullOrWhiteSpace))
            {
                yield return (number, record);
            }
        }
    }

    /// <summary>The trimmed cell, or null when the column is missing or the cell empty.</summary>
    public static string? Cell(string[] record, int index) =>
        index >= 0 && index < record.Length && !string.IsNullOrWhiteSpace(record[index]) ? record[index].Trim() : null;

    public void Dispose() => reader.Dispose();

    private bool TryRead(out string[] record)
    {
        try
        {
            if (reader.Read())
            {
                record = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)];
                return true;
            }
        }
        catch (CsvFormatException)
        {
        }

        record = [];
        return false;
    }
}
