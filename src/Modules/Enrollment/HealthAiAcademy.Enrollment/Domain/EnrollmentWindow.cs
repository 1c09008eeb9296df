using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>Whether an offering takes new enrollments at a moment: it is published, and enrolment has opened and not closed.</summary>
internal static class EnrollmentWindow
{
    /// <returns>Null when it does, else why not.</returns>
    public static string? RefusalAt(OfferingStatus status, DateTime opensAtUtc, DateTime closesAtUtc, DateTime nowUtc)
    {
        if (status != OfferingStatus.Published)
        {
            return $"The offering is {status.ToString().ToLowerInvariant()}: it takes no new enrollments.";
        }

        if (nowUtc < opensAtUtc)
        {
            return $"Enrolment opens on {AcademyTime.Format(opensAtUtc, "d MMMM yyyy, HH:mm")} (Amsterdam time).";
        }

        return nowUtc >= closesAtUtc ? $"Enrolment closed on {AcademyTime.Format(closesAtUtc, "d MMMM yyyy, HH:mm")} (Amsterdam time)." : null;
    }
}
