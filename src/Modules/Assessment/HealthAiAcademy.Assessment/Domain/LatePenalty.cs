namespace HealthAiAcademy.Assessment.Domain;

internal enum LateSubmissionPolicy
{
    Refuse,
    AcceptWithPenalty,
}

/// <summary>
/// Late work loses <c>percentPerDay</c> percentage points for every started day after the due date, never more than <c>capPercent</c>,
/// and a score never drops below zero.
/// </summary>
internal static class LatePenalty
{
    public static int DaysLate(DateTime? dueAtUtc, DateTime submittedAtUtc) =>
        dueAtUtc is { } due && submittedAtUtc > due ? (int)Math.Ceiling((submittedAtUtc - due).TotalDays) : 0;

    public static double PenaltyPercent(int daysLate, double percentPerDay, double capPercent) =>
        daysLate <= 0 ? 0 : Math.Min(daysLate * percentPerDay, capPercent);

    public static double Apply(double rawPercent, double penaltyPercent) => Math.Max(0, Math.Round(rawPercent - penaltyPercent, 2));
}
