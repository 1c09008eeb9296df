using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// Runs a change of one account as one unit of work: loads it inside the transaction (so a retry starts afresh), lets the
/// use case decide and change it through Identity's UserManager, and commits the change with its audit record.
/// </summary>
internal sealed class AccountChanges(AcademyIdentityDbContext db, AccountDirectory directory, ICurrentUser currentUser)
{
    public async Task<Outcome<UserSummary>> RunAsync(
        Guid userId, Func<AcademyUser, CancellationToken, Task<Outcome<AcademyUser>>> change, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdministrator())
        {
            return Outcome<UserSummary>.Forbidden("Only administrators change other people's accounts.");
        }

        var outcome = await db.InTransactionAsync(async token =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, token);
            if (user is null)
            {
                return Outcome<AcademyUser>.NotFound("The account");
            }

            var changed = await change(user, token);
            if (changed.IsOk)
            {
                await db.SaveChangesAsync(token);
            }

            return changed;
        }, cancellationToken);
        return outcome.IsOk
            ? Outcome<UserSummary>.Ok((await directory.SummariesAsync([outcome.Value!], cancellationToken)).Single())
            : outcome.Refusal<UserSummary>();
    }

    /// <summary>Identity's answer for a change the use case already checked: anything but success is a fault, not a refusal.</summary>
    public static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused an account change: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
