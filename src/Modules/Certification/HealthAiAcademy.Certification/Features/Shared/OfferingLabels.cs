using HealthAiAcademy.Certification.Resources;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>How offering facts and certificate statuses read, in the current language (on a certificate: the certificate's).</summary>
internal sealed class OfferingLabels(IStringLocalizer<CertificationText> text)
{
    public string Kind(OfferingKind kind) => kind switch
    {
        OfferingKind.ClinicianCourse => text["Accredited course"],
        OfferingKind.Minor => text["University minor"],
        OfferingKind.SummerSchool => text["Summer school"],
        OfferingKind.Webinar => text["Webinar series"],
        OfferingKind.InspirationSession => text["Inspiration session"],
        _ => kind.ToString(),
    };

    public string Delivery(DeliveryMode delivery) => delivery switch
    {
        DeliveryMode.InPerson => text["In person"],
        DeliveryMode.Online => text["Online"],
        _ => text["Blended"],
    };

    /// <summary>A certificate's status as its holder and staff read it.</summary>
    public string Status(string status) => status switch
    {
        "Valid" => text["Valid"],
        "Expired" => text["Expired"],
        "Revoked" => text["Revoked"],
        "Superseded" => text["Superseded"],
        _ => status,
    };
}
