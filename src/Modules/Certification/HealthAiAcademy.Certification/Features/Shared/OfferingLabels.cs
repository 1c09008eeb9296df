using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>How offering facts read on a certificate.</summary>
internal static class OfferingLabels
{
    public static string Kind(OfferingKind kind) => kind switch
    {
        OfferingKind.ClinicianCourse => "Accredited course",
        OfferingKind.Minor => "University minor",
        OfferingKind.SummerSchool => "Summer school",
        OfferingKind.Webinar => "Webinar series",
        OfferingKind.InspirationSession => "Inspiration session",
        _ => kind.ToString(),
    };

    public static string Delivery(DeliveryMode delivery) => delivery switch
    {
        DeliveryMode.InPerson => "In person",
        DeliveryMode.Online => "Online",
        _ => "Blended",
    };
}
