namespace HealthAiAcademy.Courses.Contracts;

public enum OfferingStatus
{
    Draft,
    Published,
    Closed,
    Completed,
    Cancelled,
}
