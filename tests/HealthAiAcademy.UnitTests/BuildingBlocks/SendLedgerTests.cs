using HealthAiAcademy.BuildingBlocks.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

/// <summary>Claim-before-send against a real SQLite file: once per key, a stale claim taken over by exactly one run.</summary>
public sealed class SendLedgerTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_key_is_claimed_once_while_its_claim_is_fresh()
    {
        var first = await ClaimAsync("a", Now);
        var second = await ClaimAsync("a", Now.AddMinutes(5));

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task A_sent_message_is_never_claimed_again()
    {
        await using (var db = Context())
        {
            var claim = await SendLedger.ClaimAsync(db, c => c.Key == "b", () => new Claim("b", Now), Now, Now.AddMinutes(-10), CancellationToken.None);
            claim!.MarkSent(Now);
            await db.SaveChangesAsync();
        }

        Assert.Null(await ClaimAsync("b", Now.AddDays(1)));
    }

    [Fact]
    public async Task A_stale_unsent_claim_is_taken_over_by_exactly_one_of_several_runs()
    {
        await ClaimAsync("c", Now);
        var later = Now.AddMinutes(30);

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => ClaimAsync("c", later))));

        Assert.Single(runs, r => r is not null);
        await using var db = Context();
        var row = await db.Claims.SingleAsync(c => c.Key == "c");
        Assert.Equal((later, 1), (row.ClaimedAtUtc, row.Attempts));
    }

    [Fact]
    public async Task Parallel_first_claims_of_one_key_let_exactly_one_through()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => ClaimAsync("d", Now))));

        Assert.Single(runs, r => r is not null);
    }

    private async Task<Claim?> ClaimAsync(string key, DateTime now)
    {
        await using var db = Context();
        return await SendLedger.ClaimAsync(db, c => c.Key == key, () => new Claim(key, now), now, now.AddMinutes(-10), CancellationToken.None);
    }

    private Ledger Context() => new(new DbContextOptionsBuilder<Ledger>()
        .UseSqlite($"Data Source={path};Default Timeout=30").Options);

    private sealed class Ledger(DbContextOptions<Ledger> options) : DbContext(options)
    {
        public DbSet<Claim> Claims => Set<Claim>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Claim>(claim =>
            {
                claim.HasKey(c => c.Id);
                claim.HasIndex(c => c.Key).IsUnique();
            });
    }

    private sealed class Claim : ISendClaim
    {
        private Claim()
        {
        }

        public Claim(string key, DateTime claimedAtUtc)
        {
            Id = Guid.NewGuid();
            Key = key;
            ClaimedAtUtc = claimedAtUtc;
        }

        public Guid Id { get; private set; }

        public string Key { get; private set; } = "";

        public DateTime ClaimedAtUtc { get; private set; }

        public DateTime? SentAtUtc { get; private set; }

        public int Attempts { get; private set; }

        public void Reclaim(DateTime nowUtc)
        {
            ClaimedAtUtc = nowUtc;
            Attempts++;
        }

        public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
    }
}
