using HealthAiAcademy.Enrollment.Contracts.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Contracts;

/// <summary>How a person's enrollment and attendance status read on any module's page, in the reader's language.</summary>
public sealed class EnrollmentStatusNames(IStringLocalizer<EnrollmentStatusText> text)
{
    public string Of(EnrollmentStatus status) => status switch
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

    public string Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => text["Present"],
        AttendanceStatus.Absent => text["Absent"],
        AttendanceStatus.Excused => text["Excused"],
        _ => status.ToString(),
    };
}
