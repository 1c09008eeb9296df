using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Resources;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages;

/// <summary>How the pages name things for people, in the reader's language (injected into every page as <c>Labels</c>).</summary>
internal sealed class Labels(IStringLocalizer<CoursesText> text, EnrollmentStatusNames enrollmentStatus)
{
    public string Kind(OfferingKind kind) => kind switch
    {
        OfferingKind.ClinicianCourse => text["Clinician course"],
        OfferingKind.Minor => text["Minor"],
        OfferingKind.SummerSchool => text["Summer school"],
        OfferingKind.Webinar => text["Webinar"],
        OfferingKind.InspirationSession => text["Inspiration session"],
        _ => kind.ToString(),
    };

    public string Delivery(DeliveryMode delivery) => delivery switch
    {
        DeliveryMode.InPerson => text["In person"],
        DeliveryMode.Online => text["Online"],
        DeliveryMode.Blended => text["Blended"],
        _ => delivery.ToString(),
    };

    public string Policy(EnrollmentPolicy policy) => policy switch
    {
        EnrollmentPolicy.Open => text["Open enrolment"],
        EnrollmentPolicy.ApprovalRequired => text["Enrolment after approval"],
        EnrollmentPolicy.Application => text["Application and selection"],
        _ => policy.ToString(),
    };

    public string Status(OfferingStatus status) => status switch
    {
        OfferingStatus.Draft => text["Draft"],
        OfferingStatus.Published => text["Published"],
        OfferingStatus.Closed => text["Closed"],
        OfferingStatus.Completed => text["Completed"],
        OfferingStatus.Cancelled => text["Cancelled"],
        _ => status.ToString(),
    };

    public string Status(EnrollmentStatus status) => enrollmentStatus.Of(status);

    /// <summary>A UTC moment shown in Amsterdam time, as the academy's participants live by it.</summary>
    public string When(DateTime utc, string format = "ddd d MMM yyyy, HH:mm") => AcademyTime.Format(utc, format);

    public string Day(DateTime utc) => When(utc, "d MMM yyyy");
}
