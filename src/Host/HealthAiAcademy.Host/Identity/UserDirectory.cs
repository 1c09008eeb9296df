using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity;

internal sealed class UserDirectory(AcademyIdentityDbContext db) : IUserDirectory
{
    public Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Profiles().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    public Task<UserProfile?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new UserProfile(u.Id, u.Email!, u.FullName, u.Profession, u.RegistrationNumber, u.StudentNumber))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var profiles = new Dictionary<Guid, UserProfile>();
        // Chunked so a large roster never exceeds SQL Server's parameter limit.
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var found = await Profiles().Where(p => chunk.Contains(p.UserId)).ToListAsync(cancellationToken);
            found.ForEach(p => profiles[p.UserId] = p);
        }

        return profiles;
    }

    private IQueryable<UserProfile> Profiles() =>
        db.Users.AsNoTracking().Select(u => new UserProfile(u.Id, u.Email!, u.FullName, u.Profession, u.RegistrationNumber, u.StudentNumber));
}
