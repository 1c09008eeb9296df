namespace HealthAiAcademy.Courses.Contracts;

public enum OfferingKind
{
    ClinicianCourse,
    Minor,
    SummerSchool,
    Webinar,
    InspirationSession,
}
