using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <param name="Matched">People the file named who have an account.</param>
/// <param name="Added">Memberships that are new.</param>
/// <param name="Changed">Memberships whose function or manager role changed.</param>
/// <param name="Ended">Memberships the file no longer gives.</param>
/// <param name="Unmatched">Lines that named nobody the academy knows, for the administrator to invite or correct.</param>
internal sealed record HrImportView(
    Guid Id, DateTime ImportedAtUtc, bool ListsEveryone, int Lines, int Matched, int Added, int Changed, int Ended, IReadOnlyList<UnmatchedLineView> Unmatched)
{
    public static HrImportView Of(HrImport import) => new(
        import.Id, import.ImportedAtUtc, import.ListsEveryone, import.Lines, import.Matched, import.Added, import.Changed, import.Ended,
        [.. import.Unmatched.OrderBy(u => u.Line).Select(u => new UnmatchedLineView(u.Line, u.StaffNumber, u.Email, u.Name, u.Reason))]);
}

/// <param name="Reason">NoAccount: neither the email nor the staff number has an account; StaffNumberOfAnother: the number is another person's.</param>
internal sealed record UnmatchedLineView(int Line, string? StaffNumber, string? Email, string? Name, UnmatchedReason Reason);
