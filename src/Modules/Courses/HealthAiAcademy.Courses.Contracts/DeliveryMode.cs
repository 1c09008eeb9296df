namespace HealthAiAcademy.Courses.Contracts;

public enum DeliveryMode
{
    InPerson,
    Online,
    Blended,
}
