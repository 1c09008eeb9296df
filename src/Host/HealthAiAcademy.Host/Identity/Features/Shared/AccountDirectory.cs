using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>Reads accounts with their roles for administration, and answers the one roster-wide rule: an academy keeps an administrator.</summary>
internal sealed class AccountDirectory(AcademyIdentityDbContext db)
{
    public async Task<IReadOnlyList<UserSummary>> SummariesAsync(IReadOnlyList<AcademyUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. users.Select(u => new UserSummary(
            u.Id, u.Email!, u.FullName, u.Profession, u.RegistrationNumber,
            [.. byUser[u.Id].OrderBy(r => Roles.All.TakeWhile(known => known != r).Count())], u.Status, u.TwoFactorEnabled, u.CreatedAtUtc))];
    }

    /// <summary>True when no other active account holds the Administrator role: then this one may not lose it.</summary>
    public async Task<bool> IsLastActiveAdministratorAsync(Guid userId, CancellationToken cancellationToken) =>
        !await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where role.Name == Roles.Administrator && user.Id != userId && user.DeactivatedAtUtc == null
                select user.Id).AnyAsync(cancellationToken);
}
