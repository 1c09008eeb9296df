namespace HealthAiAcademy.BuildingBlocks.Authorization;

public static class Roles
{
    public const string Participant = nameof(Participant);
    public const string Instructor = nameof(Instructor);
    public const string Coordinator = nameof(Coordinator);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } = [Participant, Instructor, Coordinator, Administrator];
}
