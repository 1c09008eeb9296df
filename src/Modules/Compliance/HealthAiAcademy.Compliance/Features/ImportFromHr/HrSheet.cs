using System.Net.Mail;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.Compliance.Features.ImportFromHr;

/// <summary>One line of an HR file: who (staff number and/or email), where (division down to the deepest level named), as what.</summary>
internal sealed record HrLine(int Line, string? StaffNumber, string? Email, string? Name, IReadOnlyList<string> UnitNames, string Function, bool IsManager)
{
    public string UnitPath => OrganisationUnit.PathOf(UnitNames);
}

/// <summary>
/// Reads an HR export as hospitals' HR systems write it: a header with <c>Staff number</c> and/or <c>Email</c>, <c>Name</c>,
/// <c>Division</c>, <c>Department</c>, optionally <c>Unit</c>, <c>Function</c> and optionally <c>Manager</c> (yes/ja/x/1);
/// Dutch headers too (<c>Personeelsnummer</c>, <c>E-mail</c>, <c>Naam</c>, <c>Divisie</c>, <c>Afdeling</c>, <c>Eenheid</c>,
/// <c>Functie</c>, <c>Leidinggevende</c>). The separator is detected (Dutch Excel writes semicolons). A person in two units
/// has two lines.
/// </summary>
internal static class HrSheet
{
    public const int MaxLines = 20_000;

    public const string Header = "Staff number;Email;Name;Division;Department;Unit;Function;Manager";

    private static readonly string[] Yes = ["yes", "ja", "x", "1", "true", "y", "j"];
    private static readonly string[] No = ["", "no", "nee", "0", "false", "n"];

    public static (IReadOnlyList<HrLine> Lines, ValidationErrors Errors) Read(string csv)
    {
        var errors = new ValidationErrors();
        var lines = new List<HrLine>();
        using var upload = CsvUpload.Open(csv);
        if (upload is null)
        {
            return (lines, errors.Add("file", "The file is not CSV that can be read: save it from the spreadsheet as CSV."));
        }

        if (upload.Header.Count == 0)
        {
            return (lines, errors.Add("file", "The file is empty: it needs a header line and a line per person and unit."));
        }

        int Column(params string[] names) => upload.Column(names);
        var staffNumber = Column("Staff number", "Employee number", "Personeelsnummer", "Medewerkernummer");
        var email = Column("Email", "E-mail", "E-mailadres");
        var name = Column("Name", "Full name", "Naam", "Volledige naam");
        var levels = new[] { Column("Division", "Divisie"), Column("Department", "Afdeling"), Column("Unit", "Eenheid") };
        var function = Column("Function", "Functie");
        var manager = Column("Manager", "Leidinggevende");
        errors.AddIf(staffNumber < 0 && email < 0, "file", "The header needs a Staff number or an Email column (or both).");
        errors.AddIf(levels[0] < 0 || levels[1] < 0, "file", "The header needs a Division and a Department column (a Unit column is optional).");
        errors.AddIf(function < 0, "file", "The header needs a Function column.");
        if (!errors.IsValid)
        {
            return (lines, errors);
        }

        var seen = new HashSet<(string Person, string Unit)>();
        foreach (var (number, record) in upload.Records())
        {
            if (lines.Count >= MaxLines)
            {
                errors.Add("file", $"At most {MaxLines} lines per import.");
                break;
            }

            string? Cell(int index) => CsvUpload.Cell(record, index);
            var field = $"lines[{number}]";
            var who = StaffMember.NormalizeStaffNumber(Cell(staffNumber));
            var address = Cell(email);
            errors.AddIf(who is null && address is null, $"{field}.staffNumber", $"Line {number}: a staff number or an email address.");
            errors.AddIf(who?.Length > StaffMember.StaffNumberMaxLength, $"{field}.staffNumber", $"Line {number}: a staff number of at most 30 characters.");
            errors.AddIf(address is not null && (address.Length > 256 || !MailAddress.TryCreate(address, out _)), $"{field}.email", $"Line {number}: an email address such as name@hospital.nl.");
            var names = levels.Select(Cell).TakeWhile(n => n is not null).Select(n => n!).ToList();
            errors.AddIf(names.Count < 2, $"{field}.department", $"Line {number}: a division and a department.");
            errors.AddIf(levels.Select(Cell).Skip(names.Count).Any(n => n is not null), $"{field}.department", $"Line {number}: a unit needs its department, and a department its division.");
            errors.AddIf(names.Any(n => n.Length > OrganisationUnit.NameMaxLength || n.Contains('/', StringComparison.Ordinal)), $"{field}.department", $"Line {number}: names of at most 100 characters without a slash.");
            var role = Cell(function);
            errors.AddIf(role is null || role.Length > JobFunction.NameMaxLength, $"{field}.function", $"Line {number}: a function of at most 100 characters.");
            var managerCell = (Cell(manager) ?? string.Empty).ToLowerInvariant();
            errors.AddIf(!Yes.Contains(managerCell) && !No.Contains(managerCell), $"{field}.manager", $"Line {number}: Manager is yes or no (or empty).");
            var line = new HrLine(number, who, address, Cell(name), names, role ?? string.Empty, Yes.Contains(managerCell));
            if (!seen.Add(((who ?? address ?? string.Empty).ToUpperInvariant(), OrganisationUnit.Normalize(line.UnitPath))))
            {
                errors.Add($"{field}.department", $"Line {number}: this person is in {line.UnitPath} on an earlier line too.");
            }

            lines.Add(line);
        }

        errors.AddIf(errors.IsValid && lines.Count == 0, "file", "The file has a header but nobody on it.");
        return (lines, errors);
    }
}
