using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.BuildingBlocks.Time;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages;

/// <summary>How the pages name things for people.</summary>
internal static class Labels
{
    public static string Kind(OfferingKind kind) => kind switch
    {
        OfferingKind.ClinicianCourse => "Clinician course",
        OfferingKind.Minor => "Minor",
        OfferingKind.SummerSchool => "Summer school",
        OfferingKind.Webinar => "Webinar",
        OfferingKind.InspirationSession => "Inspiration session",
        _ => kind.ToString(),
    };

    public static string Delivery(DeliveryMode delivery) => delivery switch
    {
        DeliveryMode.InPerson => "In person",
        DeliveryMode.Online => "Online",
        DeliveryMode.Blended => "Blended",
        _ => delivery.ToString(),
    };

    public static string Policy(EnrollmentPolicy policy) => policy switch
    {
        EnrollmentPolicy.Open => "Open enrolment",
        EnrollmentPolicy.ApprovalRequired => "Enrolment after approval",
        EnrollmentPolicy.Application => "Application and selection",
        _ => policy.ToString(),
    };

    /// <summary>A UTC moment shown in Amsterdam time, as the academy's participants live by it.</summary>
    public static string When(DateTime utc, string format = "ddd d MMM yyyy, HH:mm") => AcademyTime.Format(utc, format);

    public static string Day(DateTime utc) => When(utc, "d MMM yyyy");
}
