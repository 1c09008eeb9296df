using System.Globalization;
using System.Net.Mail;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.ImportPastRun;

/// <summary>One person's line: who they are and their attendance per session.</summary>
internal sealed record PastRunLine(ImportedPerson Person, IReadOnlyDictionary<Guid, AttendanceStatus> Attendance);

/// <summary>
/// Reads a past run's attendance list as hospitals keep it and as the attendance export writes it: a header with
/// <c>Email</c>, <c>Full name</c>, optionally <c>Registration number</c> and <c>Profession</c>, and one column per session whose
/// header starts with the session's start in Amsterdam time (<c>2026-03-12 09:00</c>, the topic may follow); each cell
/// present (<c>Present</c>, <c>x</c>, <c>1</c>, <c>ja</c>, <c>aanwezig</c>), absent (empty, <c>Absent</c>, <c>0</c>, <c>afwezig</c>) or
/// excused (<c>Excused</c>, <c>afgemeld</c>). The separator is detected (Dutch Excel writes semicolons).
/// </summary>
internal static class PastRunSheet
{
    public const int MaxLines = 2_500;

    private static readonly string[] Present = ["present", "x", "1", "yes", "ja", "aanwezig"];
    private static readonly string[] Absent = ["", "absent", "0", "no", "nee", "afwezig"];
    private static readonly string[] Excused = ["excused", "afgemeld", "verontschuldigd"];

    /// <summary>The header a list for these sessions needs, as the page shows it and the attendance export writes it.</summary>
    public static string Header(IEnumerable<SessionSnapshot> sessions) =>
        string.Join(";", new[] { "Email", "Full name", "Registration number", "Profession" }
            .Concat(sessions.OrderBy(s => s.StartsAtUtc).Select(s => $"{AcademyTime.ToLocal(s.StartsAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {s.Topic}")));

    public static (IReadOnlyList<PastRunLine> Lines, ValidationErrors Errors) Read(string csv, IReadOnlyList<SessionSnapshot> sessions)
    {
        var errors = new ValidationErrors();
        var lines = new List<PastRunLine>();
        using var upload = CsvUpload.Open(csv);
        if (upload is null)
        {
            return (lines, errors.Add("file", "The file is not CSV that can be read: save it from the spreadsheet as CSV."));
        }

        var header = upload.Header;
        if (header.Count == 0)
        {
            return (lines, errors.Add("file", "The file is empty: it needs a header line and a line per person."));
        }

        int Column(params string[] names) => upload.Column(names);
        var email = Column("Email", "E-mail", "E-mailadres");
        var name = Column("Full name", "Name", "Naam", "Volledige naam");
        var registration = Column("Registration number", "BIG number", "Registratienummer", "BIG-nummer");
        var profession = Column("Profession", "Beroep");
        errors.AddIf(email < 0, "file", "The header needs an Email column.");
        errors.AddIf(name < 0, "file", "The header needs a Full name column.");

        var sessionColumns = new Dictionary<int, Guid>();
        for (var index = 0; index < header.Count; index++)
        {
            var start = header[index].Trim();
            if (start.Length >= 16 && DateTime.TryParseExact(start[..16], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                var session = sessions.FirstOrDefault(s => AcademyTime.ToLocal(s.StartsAtUtc) == local);
                if (session is null)
                {
                    errors.Add("file", $"Column \"{start}\" names no session of this offering (sessions start at {string.Join(", ", sessions.Select(s => AcademyTime.Format(s.StartsAtUtc, "yyyy-MM-dd HH:mm")))}).");
                }
                else
                {
                    sessionColumns[index] = session.Id;
                }
            }
        }

        errors.AddIf(sessions.Count > 0 && sessionColumns.Count == 0, "file", "The header names none of the offering's sessions by its start (yyyy-MM-dd HH:mm).");
        if (!errors.IsValid)
        {
            return (lines, errors);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, record) in upload.Records())
        {
            if (line > MaxLines)
            {
                errors.Add("file", $"At most {MaxLines} people per import.");
                break;
            }

            string? Cell(int index) => CsvUpload.Cell(record, index);
            var address = Cell(email);
            var fullName = Cell(name);
            var field = $"lines[{line}]";
            if (address is null || address.Length > 256 || !MailAddress.TryCreate(address, out _))
            {
                errors.Add($"{field}.email", $"Line {line}: an email address such as name@hospital.nl.");
            }
            else if (!seen.Add(address))
            {
                errors.Add($"{field}.email", $"Line {line}: {address} is on an earlier line too.");
            }

            errors.AddIf(fullName is null || fullName.Length > 200, $"{field}.fullName", $"Line {line}: a full name of at most 200 characters.");
            var attendance = new Dictionary<Guid, AttendanceStatus>();
            foreach (var (index, sessionId) in sessionColumns)
            {
                var cell = (Cell(index) ?? string.Empty).ToLowerInvariant();
                if (Present.Contains(cell))
                {
                    attendance[sessionId] = AttendanceStatus.Present;
                }
                else if (Absent.Contains(cell))
                {
                    attendance[sessionId] = AttendanceStatus.Absent;
                }
                else if (Excused.Contains(cell))
                {
                    attendance[sessionId] = AttendanceStatus.Excused;
                }
                else
                {
                    errors.Add($"{field}.attendance", $"Line {line}, column \"{header[index]}\": Present, Absent or Excused (or x, 1, 0).");
                }
            }

            if (address is not null && fullName is not null)
            {
                lines.Add(new PastRunLine(new ImportedPerson(address, fullName, Cell(profession), Cell(registration)), attendance));
            }
        }

        errors.AddIf(errors.IsValid && lines.Count == 0, "file", "The file has a header but nobody on it.");
        return (lines, errors);
    }
}
