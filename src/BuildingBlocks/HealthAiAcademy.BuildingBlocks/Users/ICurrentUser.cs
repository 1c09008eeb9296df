namespace HealthAiAcademy.BuildingBlocks.Users;

/// <summary>Who is making the current request. Modules know users only by id; names come from <see cref="IUserDirectory"/>.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsAuthenticated => UserId is not null;

    bool IsInRole(string role);
}
