using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages;

/// <summary>How Enrollment's pages name things for people, in the reader's language (injected into every page as <c>Labels</c>).</summary>
internal sealed class Labels(IStringLocalizer<EnrollmentText> text)
{
    public string Status(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.PendingApproval => text["Application under review"],
        EnrollmentStatus.Enrolled => text["Enrolled"],
        EnrollmentStatus.Waitlisted => text["On the waiting list"],
        EnrollmentStatus.Rejected => text["Not admitted"],
        EnrollmentStatus.Withdrawn => text["Withdrawn"],
        EnrollmentStatus.Completed => text["Completed"],
        EnrollmentStatus.NoShow => text["Did not attend"],
        _ => status.ToString(),
    };

    public string Attendance(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => text["Present"],
        AttendanceStatus.Absent => text["Absent"],
        AttendanceStatus.Excused => text["Excused"],
        _ => status.ToString(),
    };
}
