using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthAiAcademy.BuildingBlocks.Audit;

/// <summary>Collects the fields an action changed, keeping only those whose value really differs.</summary>
public sealed class AuditChanges
{
    /// <summary>Long texts (instructions, summaries) are kept to their start: the trail says that they changed, not what they became.</summary>
    public const int ValueMaxLength = 300;

    private readonly List<AuditChange> changes = [];

    public IReadOnlyList<AuditChange> Items => changes;

    public AuditChanges Add<T>(string field, T before, T after)
    {
        var from = Shorten(Text(before));
        var to = Shorten(Text(after));
        if (from != to)
        {
            changes.Add(new AuditChange(field, from, to));
        }

        return this;
    }

    /// <summary>
    /// What the change tracker saw change on <paramref name="entry"/>: for a new entity every value it starts with, else each
    /// modified property with its original value. Keys and version counters are left out; so are <paramref name="ignored"/>.
    /// </summary>
    public static AuditChanges Tracked(EntityEntry entry, params string[] ignored)
    {
        var changes = new AuditChanges();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (!Tells(metadata) || ignored.Contains(metadata.Name))
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                changes.Add(metadata.Name, (object?)null, property.CurrentValue);
            }
            else if (property.IsModified)
            {
                changes.Add(metadata.Name, property.OriginalValue, property.CurrentValue);
            }
        }

        return changes;
    }

    /// <summary>The values that differ between two snapshots of one entity (<c>db.Entry(x).CurrentValues.Clone()</c> before a change).</summary>
    public static AuditChanges Between(PropertyValues before, PropertyValues after, params string[] ignored)
    {
        var changes = new AuditChanges();
        foreach (var property in before.Properties)
        {
            if (Tells(property) && !ignored.Contains(property.Name))
            {
                changes.Add(property.Name, before[property], after[property]);
            }
        }

        return changes;
    }

    /// <summary>Keys, shadow properties and version counters say nothing a reader of the trail needs (a status that is a concurrency token does).</summary>
    private static bool Tells(IReadOnlyProperty property) =>
        !property.IsPrimaryKey() && !property.IsShadowProperty() && property.Name != "Version" && property.ValueGenerated != ValueGenerated.OnAddOrUpdate;

    private static string? Shorten(string? value) => value is { Length: > ValueMaxLength } ? value[..(ValueMaxLength - 1)] + "…" : value;

    /// <summary>Invariant text: numbers with a dot, instants in UTC with their Z, enums by name, lists joined.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        DateTime instant => DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        string text => text,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
