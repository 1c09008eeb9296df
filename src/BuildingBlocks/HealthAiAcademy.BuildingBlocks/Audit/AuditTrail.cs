using System.Linq.Expressions;
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
            var entries = ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).AuditEntries.AsNoTracking()
                .Matching(query, e => e.AtUtc, e => e.ActorId, e => e.PersonId, e => e.OfferingId);
            return query.Action is { } action ? entries.Where(e => e.Action == action) : entries;
        }
    }
}

/// <summary>The query's filters applied to any trail's rows, given where each row keeps its time, actor, person and offering.</summary>
public static class AuditQueryFilters
{
    public static IQueryable<T> Matching<T>(
        this IQueryable<T> rows, AuditQuery query, Expression<Func<T, DateTime>> at, Expression<Func<T, Guid?>> actor,
        Expression<Func<T, Guid?>> person, Expression<Func<T, Guid?>>? offering)
    {
        if (query.FromUtc is { } from)
        {
            rows = rows.Where(Compare(at, from, Expression.GreaterThanOrEqual));
        }

        if (query.ToUtc is { } to)
        {
            rows = rows.Where(Compare(at, to, Expression.LessThan));
        }

        if (query.ActorId is { } actorId)
        {
            rows = rows.Where(Compare(actor, (Guid?)actorId, Expression.Equal));
        }

        if (query.PersonId is { } personId)
        {
            rows = rows.Where(Compare(person, (Guid?)personId, Expression.Equal));
        }

        if (query.OfferingId is { } offeringId && offering is not null)
        {
            rows = rows.Where(Compare(offering, (Guid?)offeringId, Expression.Equal));
        }

        return rows;
    }

    private static Expression<Func<T, bool>> Compare<T, TValue>(
        Expression<Func<T, TValue>> selector, TValue value, Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(comparison(selector.Body, Expression.Constant(value, typeof(TValue))), selector.Parameters);
}
