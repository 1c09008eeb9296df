using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>
/// The presence-list layouts per registry (ADR 0023), keyed by a word in the registry's name ("GAIA" matches "GAIA/KNMG").
/// Registries do not publish their upload layouts in a form we can cite, so every layout can be replaced in
/// configuration (<c>Certification:RegistryExports:Layouts:&lt;key&gt;</c>); a registry no key matches gets <see cref="Fallback"/>.
/// </summary>
internal sealed class RegistryExportOptions
{
    public const string SectionName = "Certification:RegistryExports";

    public Dictionary<string, RegistryLayout> Layouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public RegistryLayout For(string registry) =>
        Layouts.Where(l => registry.Contains(l.Key, StringComparison.OrdinalIgnoreCase)).OrderByDescending(l => l.Key.Length).Select(l => l.Value).FirstOrDefault()
        ?? Fallback;

    /// <summary>Every field, English headings, comma separated: readable by any registry's staff and any spreadsheet.</summary>
    public static RegistryLayout Fallback => Csv(",",
        (RegistryField.RegistrationNumber, "Registration number"), (RegistryField.FullName, "Name"), (RegistryField.Profession, "Profession"),
        (RegistryField.AccreditationId, "Accreditation id"), (RegistryField.StartDate, "Start date"), (RegistryField.EndDate, "End date"),
        (RegistryField.CompletedOn, "Completed on"), (RegistryField.Points, "Points"), (RegistryField.CertificateNumber, "Certificate"));

    /// <summary>Adds the built-in layouts under the keys configuration did not set.</summary>
    public void AddDefaults()
    {
        // GAIA (KNMG's physicians, and ABAN's general education, which runs in GAIA): presence by BIG number, uploaded as Excel.
        var gaia = Xlsx((RegistryField.RegistrationNumber, "BIG-nummer"), (RegistryField.FullName, "Naam"), (RegistryField.AccreditationId, "Activiteitnummer"),
            (RegistryField.EndDate, "Datum"), (RegistryField.Points, "Punten"));
        Layouts.TryAdd("GAIA", gaia);
        Layouts.TryAdd("ABAN", gaia);

        // PE-online registers (V&VN Kwaliteitsregister and others): the registration number as the register gives it, semicolon separated.
        var peOnline = Csv(";", (RegistryField.RegistrationNumber, "Registratienummer"), (RegistryField.FullName, "Naam"),
            (RegistryField.AccreditationId, "Activiteitnummer"), (RegistryField.EndDate, "Datum"), (RegistryField.Points, "Punten"));
        Layouts.TryAdd("PE-online", peOnline);
        Layouts.TryAdd("V&VN", peOnline);
        Layouts.TryAdd("Kwaliteitsregister", peOnline);

        // EACCME: European credits by event; participants by name, the provider issues the credit certificate.
        Layouts.TryAdd("EACCME", Csv(",", (RegistryField.FullName, "Participant name"), (RegistryField.RegistrationNumber, "Registration number"),
            (RegistryField.AccreditationId, "Event ID"), (RegistryField.StartDate, "Start date"), (RegistryField.EndDate, "End date"),
            (RegistryField.Points, "ECMEC credits")));
    }

    private static RegistryLayout Csv(string delimiter, params (RegistryField Field, string Header)[] columns) => new()
    {
        Format = RegistryFileFormat.Csv, Delimiter = delimiter, Columns = [.. columns.Select(c => new RegistryColumn { Field = c.Field, Header = c.Header })],
        DateFormat = delimiter == ";" ? "dd-MM-yyyy" : "yyyy-MM-dd", DecimalSeparator = delimiter == ";" ? "," : ".",
    };

    private static RegistryLayout Xlsx(params (RegistryField Field, string Header)[] columns) =>
        new() { Format = RegistryFileFormat.Xlsx, DateFormat = "dd-MM-yyyy", Columns = [.. columns.Select(c => new RegistryColumn { Field = c.Field, Header = c.Header })] };
}
