namespace HealthAiAcademy.Compliance.Domain;

/// <summary>An HR file as it was taken in: what it changed and the lines that named nobody the academy knows.</summary>
internal sealed class HrImport
{
    private HrImport()
    {
    }

    public HrImport(Guid importedBy, DateTime nowUtc, bool listsEveryone, int lines, HrImportCounts counts, IReadOnlyList<UnmatchedHrLine> unmatched)
    {
        Id = Guid.NewGuid();
        ImportedBy = importedBy;
        ImportedAtUtc = nowUtc;
        ListsEveryone = listsEveryone;
        Lines = lines;
        Matched = counts.Matched;
        Added = counts.Added;
        Changed = counts.Changed;
        Ended = counts.Ended;
        Unmatched = [.. unmatched];
    }

    public Guid Id { get; private set; }

    public Guid ImportedBy { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    /// <summary>The file was the whole hospital: imported memberships of people it did not list were ended.</summary>
    public bool ListsEveryone { get; private set; }

    public int Lines { get; private set; }

    public int Matched { get; private set; }

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Ended { get; private set; }

    public List<UnmatchedHrLine> Unmatched { get; private set; } = [];
}

internal sealed record HrImportCounts(int Matched, int Added, int Changed, int Ended);

/// <summary>A line of an HR file that matched no account (or two different ones), and why.</summary>
internal sealed class UnmatchedHrLine
{
    private UnmatchedHrLine()
    {
    }

    public UnmatchedHrLine(int line, string? staffNumber, string? email, string? name, UnmatchedReason reason)
    {
        Line = line;
        StaffNumber = staffNumber;
        Email = email;
        Name = name;
        Reason = reason;
    }

    public int Line { get; private set; }

    public string? StaffNumber { get; private set; }

    public string? Email { get; private set; }

    public string? Name { get; private set; }

    public UnmatchedReason Reason { get; private set; }
}

internal enum UnmatchedReason
{
    /// <summary>Neither the email nor the staff number belongs to an account.</summary>
    NoAccount,

    /// <summary>The staff number belongs to one account and the email to another.</summary>
    StaffNumberOfAnother,
}
