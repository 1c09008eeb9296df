namespace HealthAiAcademy.Compliance.Domain;

/// <summary>
/// A person as the hospital's HR knows them: their account and, once an HR file or an administrator gave it, their staff
/// number, which identifies them on later files and to hospital systems even when their email changes.
/// </summary>
internal sealed class StaffMember
{
    public const int StaffNumberMaxLength = 30;

    private StaffMember()
    {
    }

    public StaffMember(Guid userId) => UserId = userId;

    public Guid UserId { get; private set; }

    public string? StaffNumber { get; private set; }

    public static string? NormalizeStaffNumber(string? staffNumber) =>
        string.IsNullOrWhiteSpace(staffNumber) ? null : staffNumber.Trim().ToUpperInvariant();

    public void NumberAs(string? staffNumber) => StaffNumber = NormalizeStaffNumber(staffNumber) ?? StaffNumber;
}
