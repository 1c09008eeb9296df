using System.Collections.Concurrent;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// Slows password guessing down without locking anyone out for long. Failures are counted per address (whether or not an
/// account has it, so the answer tells nothing) and per client; past a few free tries each further try waits twice as
/// long as the one before, up to a ceiling. A success or a password reset clears the address.
/// Counts live in this host's memory: with N hosts a guesser gets N times the tries, still exponentially fewer.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeAddressFailures = 5;
    public const int FreeClientFailures = 20;
    public static readonly TimeSpan AddressCeiling = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ClientCeiling = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    public static string AddressKey(string email) => "address:" + email.Trim().ToUpperInvariant();

    public static string ClientKey(string? client) => "client:" + (client ?? "unknown");

    /// <summary>How long the caller must wait before the next try, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string email, string? client)
    {
        var now = clock.GetUtcNow();
        var wait = new[] { Wait(AddressKey(email), now), Wait(ClientKey(client), now) }.Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string email, string? client)
    {
        var now = clock.GetUtcNow();
        Count(AddressKey(email), FreeAddressFailures, AddressCeiling, now);
        Count(ClientKey(client), FreeClientFailures, ClientCeiling, now);
        if (failures.Count > 100_000)
        {
            foreach (var stale in failures.Where(f => now - f.Value.LastAt > Forget).Select(f => f.Key).ToList())
            {
                failures.TryRemove(stale, out _);
            }
        }
    }

    public void Cleared(string email) => failures.TryRemove(AddressKey(email), out _);

    private TimeSpan Wait(string key, DateTimeOffset now) =>
        failures.TryGetValue(key, out var known) && known.NotBefore > now ? known.NotBefore - now : TimeSpan.Zero;

    private void Count(string key, int free, TimeSpan ceiling, DateTimeOffset now) =>
        failures.AddOrUpdate(
            key,
            _ => new Failures(1, now, free <= 1 ? now + TimeSpan.FromSeconds(1) : now),
            (_, known) =>
            {
                var count = now - known.LastAt > Forget ? 1 : known.Count + 1;
                // The free-th failure costs a second's wait, each one after it twice the one before.
                var delay = count < free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, count - free), ceiling.TotalSeconds));
                return new Failures(count, now, now + delay);
            });

    private sealed record Failures(int Count, DateTimeOffset LastAt, DateTimeOffset NotBefore);
}
