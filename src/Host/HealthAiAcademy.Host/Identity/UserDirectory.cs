using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity;

internal sealed class UserDirectory(AcademyIdentityDbContext db) : IUserDirectory
{
    public Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Profiles(db.Users.Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken);

    public Task<UserProfile?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return Profiles(db.Users.Where(u => u.NormalizedEmail == normalized)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var profiles = new Dictionary<Guid, UserProfile>();
        // Chunked so a large roster never exceeds SQL Server's parameter limit.
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var found = await Profiles(db.Users.Where(u => chunk.Contains(u.Id))).ToListAsync(cancellationToken);
            found.ForEach(p => profiles[p.UserId] = p);
        }

        return profiles;
    }

    private static IQueryable<UserProfile> Profiles(IQueryable<AcademyUser> users) =>
        users.AsNoTracking().Select(u => new UserProfile(u.Id, u.Email!, u.FullName, u.Profession, u.RegistrationNumber, u.StudentNumber, u.PreferredLanguage));
}
