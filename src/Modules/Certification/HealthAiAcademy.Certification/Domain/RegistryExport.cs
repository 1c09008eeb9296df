namespace HealthAiAcademy.Certification.Domain;

/// <summary>
/// One presence list handed to an accreditation registry for an offering: who was on it, by whom and when it was made,
/// and the layout it was written in, so the same file can be downloaded again and the next export knows who is new.
/// </summary>
internal sealed class RegistryExport
{
    private RegistryExport()
    {
    }

    public RegistryExport(Guid id, Guid offeringId, string registry, RegistryLayout layout, bool onlyNew, Guid exportedBy, DateTime nowUtc, IEnumerable<RegistryExportLine> lines)
    {
        Id = id;
        OfferingId = offeringId;
        Registry = registry;
        Layout = layout;
        OnlyNew = onlyNew;
        ExportedBy = exportedBy;
        ExportedAtUtc = nowUtc;
        Lines = [.. lines];
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    /// <summary>The registry as the course's accreditation names it ("GAIA/KNMG").</summary>
    public string Registry { get; private set; } = "";

    public RegistryLayout Layout { get; private set; } = new();

    /// <summary>Whether only people missing from every earlier export for this registry were listed.</summary>
    public bool OnlyNew { get; private set; }

    public Guid ExportedBy { get; private set; }

    public DateTime ExportedAtUtc { get; private set; }

    public List<RegistryExportLine> Lines { get; private set; } = [];

    /// <summary>The end of an erased holder's retention period: their name and number leave the lists that named them too.</summary>
    public void AnonymiseHoldersOf(IReadOnlySet<Guid> certificateIds)
    {
        Lines = [.. Lines.Select(line => certificateIds.Contains(line.CertificateId) ? line.Anonymised() : line)];
    }
}

/// <summary>One person on a presence list, as it was sent.</summary>
internal sealed class RegistryExportLine
{
    public Guid CertificateId { get; init; }

    public Guid UserId { get; init; }

    public string CertificateNumber { get; init; } = "";

    public string? RegistrationNumber { get; init; }

    public string FullName { get; init; } = "";

    public string? Profession { get; init; }

    public string AccreditationId { get; init; } = "";

    public double Points { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public DateOnly CompletedOn { get; init; }

    public RegistryExportLine Anonymised() => new()
    {
        CertificateId = CertificateId, UserId = UserId, CertificateNumber = CertificateNumber, FullName = Certificate.AnonymousHolder, Profession = Profession,
        AccreditationId = AccreditationId, Points = Points, StartDate = StartDate, EndDate = EndDate, CompletedOn = CompletedOn,
    };
}

/// <summary>How a registry wants its presence list: the file type and the columns in order.</summary>
internal sealed class RegistryLayout
{
    public RegistryFileFormat Format { get; init; } = RegistryFileFormat.Csv;

    /// <summary>For CSV: the field separator (Dutch uploads often take ';').</summary>
    public string Delimiter { get; init; } = ",";

    /// <summary>How dates are written in CSV (XLSX holds real dates in this format).</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>For CSV: "," where the registry reads Dutch numbers (4,5 points).</summary>
    public string DecimalSeparator { get; init; } = ".";

    public List<RegistryColumn> Columns { get; init; } = [];
}

internal sealed class RegistryColumn
{
    public RegistryField Field { get; init; }

    /// <summary>The heading the registry's upload expects.</summary>
    public string Header { get; init; } = "";
}

internal enum RegistryFileFormat
{
    Csv,
    Xlsx,
}

internal enum RegistryField
{
    RegistrationNumber,
    FullName,
    Profession,
    AccreditationId,
    StartDate,
    EndDate,
    CompletedOn,
    Points,
    CertificateNumber,
}
