using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity;

internal sealed class UserDirectory(AcademyIdentityDbContext db) : IUserDirectory
{
    private static readonly string[] StaffRoles = [Roles.Instructor, Roles.Coordinator, Roles.Administrator];

    public Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Profiles(db.Users.Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken);

    public Task<UserProfile?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return Profiles(db.Users.Where(u => u.NormalizedEmail == normalized)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await FindAllAsync(db.Users, userIds, cancellationToken);

    public async Task<IReadOnlyDictionary<string, UserProfile>> FindManyByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        // One array-like parameter, as for ids (see FindAllAsync): one query for a whole HR file.
        var normalized = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = await Profiles(db.Users.Where(u => u.ErasedAtUtc == null && EF.Parameter(normalized).Contains(u.NormalizedEmail!))).ToListAsync(cancellationToken);
        return found.ToDictionary(p => p.Email.ToUpperInvariant(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<UserProfile>> SearchStaffAsync(string? search, int limit, CancellationToken cancellationToken)
    {
        var staff = Staff();
        foreach (var pattern in SearchWords.Patterns(search))
        {
            staff = staff.Where(u => EF.Functions.Like(u.FullName, pattern, SearchWords.Escape) || EF.Functions.Like(u.Email!, pattern, SearchWords.Escape));
        }

        return await Profiles(staff.OrderBy(u => u.FullName).ThenBy(u => u.Email).Take(Math.Clamp(limit, 1, 50))).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserProfile>> FindStaffAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await FindAllAsync(Staff(), userIds, cancellationToken);

    private IQueryable<AcademyUser> Staff() =>
        db.Users.Where(u => u.DeactivatedAtUtc == null
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!))));

    private static async Task<Dictionary<Guid, UserProfile>> FindAllAsync(IQueryable<AcademyUser> users, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        // One array-like parameter (OPENJSON on SQL Server, json_each on SQLite) rather than EF Core 10's default of a
        // parameter per id: one query whatever the roster's size, never near SQL Server's 2,100-parameter limit.
        var ids = userIds.Distinct().ToList();
        return await Profiles(users.Where(u => EF.Parameter(ids).Contains(u.Id))).ToDictionaryAsync(p => p.UserId, cancellationToken);
    }

    private static IQueryable<UserProfile> Profiles(IQueryable<AcademyUser> users) =>
        users.AsNoTracking().Select(u => new UserProfile(u.Id, u.Email!, u.FullName, u.Profession, u.RegistrationNumber, u.StudentNumber, u.PreferredLanguage));
}
