namespace HealthAiAcademy.BuildingBlocks.Authorization;

/// <summary>Authorization policy names every module uses; the host defines them.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Instructors, coordinators and administrators.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Coordinators and administrators.</summary>
    public const string Coordinators = nameof(Coordinators);

    public const string Administrators = nameof(Administrators);
}
