using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HealthAiAcademy.BuildingBlocks.Users;

/// <summary>
/// What the shared staff field (<c>_StaffPicker</c>) shows: the people chosen, by name and email, and a search-as-you-type
/// box to add one. The form posts email addresses under <paramref name="Name"/>, never ids.
/// </summary>
public sealed record StaffPicker(string Name, string Label, IReadOnlyList<UserProfile> Chosen, string? Hint = null);

/// <summary>Turns the addresses a staff field posted into accounts, and back.</summary>
public static partial class StaffChoice
{
    /// <returns>The ids of the staff accounts named, in order, and the entries that name no active staff account.</returns>
    public static async Task<(IReadOnlyList<Guid> Ids, IReadOnlyList<string> Unknown)> ResolveAsync(
        IUserDirectory directory, IEnumerable<string?> entries, CancellationToken cancellationToken)
    {
        var named = new List<(string Entry, UserProfile? Profile)>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // The box takes what a person may paste: "name@umc.nl", "Name <name@umc.nl>" or "Name – name@umc.nl".
            var email = EmailIn().Match(entry) is { Success: true } match ? match.Value : entry;
            named.Add((entry, await directory.FindByEmailAsync(email, cancellationToken)));
        }

        var staff = await directory.FindStaffAsync([.. named.Where(n => n.Profile is not null).Select(n => n.Profile!.UserId)], cancellationToken);
        var ids = named.Where(n => n.Profile is not null && staff.ContainsKey(n.Profile.UserId)).Select(n => n.Profile!.UserId).Distinct().ToList();
        var unknown = named.Where(n => n.Profile is null || !staff.ContainsKey(n.Profile.UserId)).Select(n => n.Entry).ToList();
        return (ids, unknown);
    }

    /// <summary>
    /// A page's posted staff field as the ids of the staff it names, with an error on <paramref name="field"/> for each entry
    /// that names no staff account; <c>AllKnown</c> is false then, and the ids found still fill the field again.
    /// </summary>
    public static async Task<(IReadOnlyList<Guid> Ids, bool AllKnown)> ResolveAsync(
        this ModelStateDictionary modelState, IUserDirectory directory, string field, IEnumerable<string?> entries,
        Func<string, string> unknownMessage, CancellationToken cancellationToken)
    {
        var (ids, unknown) = await ResolveAsync(directory, entries, cancellationToken);
        foreach (var entry in unknown)
        {
            modelState.AddModelError(field, unknownMessage(entry));
        }

        return (ids, unknown.Count == 0);
    }

    /// <summary>The chosen people in the order given; ids without an account are left out.</summary>
    public static async Task<IReadOnlyList<UserProfile>> ProfilesAsync(IUserDirectory directory, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await directory.FindManyAsync(ids, cancellationToken);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    [GeneratedRegex(@"[^\s<>]+@[^\s<>]+")]
    private static partial Regex EmailIn();
}
