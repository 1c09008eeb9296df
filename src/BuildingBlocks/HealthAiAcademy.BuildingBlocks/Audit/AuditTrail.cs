using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.BuildingBlocks.Audit;

/// <summary>Which audit entries to read; every part is optional. Times are UTC instants, the end exclusive.</summary>
public sealed record AuditQuery(
    DateTime? FromUtc = null, DateTime? ToUtc = null, string? Module = null, string? Action = null,
    Guid? ActorId = null, Guid? PersonId = null, Guid? OfferingId = null);

/// <param name="ActorName">Set by sources that keep the actor's name themselves (an identity provider); else null and looked up.</param>
public sealed record AuditRecord(
    string Module, Guid Id, DateTime AtUtc, Guid? ActorId, string? ActorName, string Action, string SubjectType, Guid SubjectId,
    Guid? OfferingId, Guid? PersonId, IReadOnlyList<AuditChange> Changes, string? Note);

/// <summary>A trail kept outside the shared <see cref="AuditEntry"/> table (the host's account changes, the grade history).</summary>
public interface IAuditTrailSource
{
    string Module { get; }

    /// <summary>The newest <paramref name="take"/> records matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> NewestAsync(AuditQuery query, int take, CancellationToken cancellationToken);

    Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken);
}

/// <summary>Every module's audit entries, plus the other trails, read as one list, newest first.</summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, IEnumerable<IAuditTrailSource> otherSources)
{
    /// <summary>How far back one page may reach: each source is asked for page × size rows, so deep pages are refused.</summary>
    public const int MaxDepth = 10_000;

    public IReadOnlyList<string> Modules =>
        [.. databases.Where(d => d.HasAuditTrail).Select(d => d.Name).Concat(otherSources.Select(s => s.Module)).Distinct().Order()];

    public async Task<PagedResult<AuditRecord>> ReadAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var take = Math.Min(page * pageSize, MaxDepth);
        var records = new List<AuditRecord>();
        var total = 0;
        foreach (var source in Sources(query))
        {
            records.AddRange(await source.NewestAsync(query, take, cancellationToken));
            total += await source.CountAsync(query, cancellationToken);
        }

        var items = records.OrderByDescending(r => r.AtUtc).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new PagedResult<AuditRecord>(items, page, pageSize, total);
    }

    /// <summary>Everything matching, newest first, for a download; at most <see cref="MaxDepth"/> rows.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ExportAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var records = new List<AuditRecord>();
        foreach (var source in Sources(query))
        {
            records.AddRange(await source.NewestAsync(query, MaxDepth, cancellationToken));
        }

        return [.. records.OrderByDescending(r => r.AtUtc).ThenBy(r => r.Id).Take(MaxDepth)];
    }

    private IEnumerable<IAuditTrailSource> Sources(AuditQuery query) =>
        databases.Where(d => d.HasAuditTrail).Select(d => (IAuditTrailSource)new ModuleEntries(scopes, d))
            .Concat(otherSources)
            .Where(s => query.Module is null || string.Equals(s.Module, query.Module, StringComparison.OrdinalIgnoreCase));

    private sealed class ModuleEntries(IServiceScopeFactory scopes, ModuleDatabase database) : IAuditTrailSource
    {
        public string Module => database.Name;

        public async Task<IReadOnlyList<AuditRecord>> NewestAsync(AuditQuery query, int take, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var entries = await Matching(scope, query).OrderByDescending(e => e.AtUtc).Take(take).ToListAsync(cancellationToken);
            return [.. entries.Select(e => new AuditRecord(
                Module, e.Id, e.AtUtc, e.ActorId, null, e.Action, e.SubjectType, e.SubjectId, e.OfferingId, e.PersonId, e.ReadChanges(), e.Note))];
        }

        public async Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await Matching(scope, query).CountAsync(cancellationToken);
        }

        private IQueryable<AuditEntry> Matching(AsyncServiceScope scope, AuditQuery query)
        {
            var entries = ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).AuditEntries.AsNoTracking();
            if (query.FromUtc is { } from)
            {
                entries = entries.Where(e => e.AtUtc >= from);
            }

            if (query.ToUtc is { } to)
            {
                entries = entries.Where(e => e.AtUtc < to);
            }

            if (query.Action is { } action)
            {
                entries = entries.Where(e => e.Action == action);
            }

            if (query.ActorId is { } actor)
            {
                entries = entries.Where(e => e.ActorId == actor);
            }

            if (query.PersonId is { } person)
            {
                entries = entries.Where(e => e.PersonId == person);
            }

            if (query.OfferingId is { } offering)
            {
                entries = entries.Where(e => e.OfferingId == offering);
            }

            return entries;
        }
    }
}
