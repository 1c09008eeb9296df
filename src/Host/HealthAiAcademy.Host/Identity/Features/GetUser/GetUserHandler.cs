using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.GetUser;

internal sealed class GetUserHandler(AcademyIdentityDbContext db, AccountDirectory directory, ICurrentUser currentUser)
{
    public const int HistoryLength = 200;

    /// <summary>One account with its roles, status and the latest changes to it, newest first.</summary>
    public async Task<Outcome<UserDetails>> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdministrator())
        {
            return Outcome<UserDetails>.Forbidden("Only administrators see other people's accounts.");
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Outcome<UserDetails>.NotFound("The account");
        }

        var changes = await db.AccountChanges.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.AtUtc).Take(HistoryLength)
            .Select(c => new AccountChangeView(c.Kind, c.Detail, c.ActorName, c.AtUtc))
            .ToListAsync(cancellationToken);
        var summary = (await directory.SummariesAsync([user], cancellationToken)).Single();
        return Outcome<UserDetails>.Ok(new UserDetails(summary, changes));
    }
}
