using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListApiClients;

/// <param name="CallsLast30Days">Questions it asked the status API in the last 30 days.</param>
internal sealed record ApiClientView(
    Guid Id, string Name, string KeyPrefix, string? WebhookUrl, DateTime IssuedAtUtc, DateTime? RevokedAtUtc, int CallsLast30Days, DateTime? LastCallAtUtc);

internal sealed class ListApiClientsHandler(ComplianceDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<ApiClientView>>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<IReadOnlyList<ApiClientView>>.Forbidden("Only administrators issue API keys.");
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var calls = await db.StatusApiCalls.Where(c => c.AskedAtUtc >= since).GroupBy(c => c.ClientId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(c => c.AskedAtUtc) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.RevokedAtUtc != null).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<ApiClientView>>.Ok([.. clients.Select(c => new ApiClientView(c.Id, c.Name, c.KeyPrefix, c.WebhookUrl, c.IssuedAtUtc, c.RevokedAtUtc,
            calls.TryGetValue(c.Id, out var used) ? used.Count : 0, calls.TryGetValue(c.Id, out var last) ? last.Last : null))]);
    }
}
