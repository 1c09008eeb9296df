using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// Account changes made by someone other than the account's owner (an administrator, the identity provider, the system)
/// as part of the staff audit trail; what people do to their own account stays on their account page.
/// </summary>
internal sealed class AccountChangesAuditSource(IServiceScopeFactory scopes) : IAuditTrailSource
{
    public const string ModuleName = "Accounts";

    public string Module => ModuleName;

    public async Task<IReadOnlyList<AuditRecord>> NewestAsync(AuditQuery query, int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (Matching(scope, query) is not { } changes)
        {
            return [];
        }

        var rows = await changes.OrderByDescending(c => c.AtUtc).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(c => new AuditRecord(
            Module, c.Id, c.AtUtc, c.ActorId, c.ActorId is null ? c.ActorName : null, c.Kind.ToString(), "Account", c.UserId, null, c.UserId,
            c.Detail is null ? [] : [new AuditChange("Detail", null, c.Detail)], null))];
    }

    public async Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return Matching(scope, query) is { } changes ? await changes.CountAsync(cancellationToken) : 0;
    }

    /// <returns>Null when the query cannot match an account change (another action, an offering).</returns>
    private static IQueryable<AccountChange>? Matching(AsyncServiceScope scope, AuditQuery query)
    {
        AccountChangeKind? kind = null;
        if (query.Action is { } action)
        {
            if (!Enum.TryParse<AccountChangeKind>(action, out var parsed) || int.TryParse(action, out _))
            {
                return null;
            }

            kind = parsed;
        }

        if (query.OfferingId is not null)
        {
            return null;
        }

        var changes = scope.ServiceProvider.GetRequiredService<AcademyIdentityDbContext>().AccountChanges.AsNoTracking()
            .Where(c => c.ActorId == null || c.ActorId != c.UserId);
        if (kind is { } wanted)
        {
            changes = changes.Where(c => c.Kind == wanted);
        }

        return changes.Matching(query, c => c.AtUtc, c => c.ActorId, c => c.UserId, null);
    }
}
