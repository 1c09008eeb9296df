using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.ListUsers;

internal sealed record UserQuery(string? Search, string? Role, AccountStatus? Status, int? Page, int? PageSize);

internal sealed class ListUsersHandler(AcademyIdentityDbContext db, AccountDirectory directory, ICurrentUser currentUser)
{
    public const int SearchMaxLength = 200;

    /// <summary>Accounts whose name, email or registration number contains the search words, optionally of one role and status, by name.</summary>
    public async Task<Outcome<PagedResult<UserSummary>>> HandleAsync(UserQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdministrator())
        {
            return Outcome<PagedResult<UserSummary>>.Forbidden("Only administrators look people up.");
        }

        var errors = new ValidationErrors()
            .AddIf(query.Search is { Length: > SearchMaxLength }, "search", $"Search at most {SearchMaxLength} characters.")
            .AddIf(query.Role is not null && !Roles.All.Contains(query.Role), "role", $"Role is one of {string.Join(", ", Roles.All)}.");
        var (page, pageSize) = PageRequest.Validate(query.Page, query.PageSize, errors);
        if (!errors.IsValid)
        {
            return Outcome<PagedResult<UserSummary>>.Invalid(errors);
        }

        var users = db.Users.AsNoTracking();
        foreach (var pattern in SearchWords.Patterns(query.Search))
        {
            users = users.Where(u => EF.Functions.Like(u.FullName, pattern, SearchWords.Escape)
                                     || EF.Functions.Like(u.Email!, pattern, SearchWords.Escape)
                                     || EF.Functions.Like(u.RegistrationNumber!, pattern, SearchWords.Escape));
        }

        if (query.Role is { } roleName)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        users = query.Status switch
        {
            AccountStatus.Erased => users.Where(u => u.ErasedAtUtc != null),
            AccountStatus.Deactivated => users.Where(u => u.DeactivatedAtUtc != null && u.ErasedAtUtc == null),
            AccountStatus.Invited => users.Where(u => u.DeactivatedAtUtc == null && u.InvitedAtUtc != null && u.PasswordHash == null),
            AccountStatus.Unconfirmed => users.Where(u => u.DeactivatedAtUtc == null && !(u.InvitedAtUtc != null && u.PasswordHash == null) && !u.EmailConfirmed),
            AccountStatus.Active => users.Where(u => u.DeactivatedAtUtc == null && !(u.InvitedAtUtc != null && u.PasswordHash == null) && u.EmailConfirmed),
            _ => users,
        };

        var total = await users.CountAsync(cancellationToken);
        var found = await users.OrderBy(u => u.FullName).ThenBy(u => u.Email)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return Outcome<PagedResult<UserSummary>>.Ok(new(await directory.SummariesAsync(found, cancellationToken), page, pageSize, total));
    }
}
