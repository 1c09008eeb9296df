using System.Globalization;
using System.Text;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.Benchmarks;

// Scenarios against the real host on Kestrel (loopback, SQLite embedded default). Figures go to docs/performance.md.
// Usage: dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks [-- seconds]
internal static class ScenarioRunner
{
    public static async Task<int> Main(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        // Outside a test project WebApplicationFactory does not know where the host's content lives.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HEALTHAIACADEMY_HOST", Path.Combine(RepositoryRoot.Path, "src", "Host", "HealthAiAcademy.Host"));
        await using var host = AcademyFactory.Create(null, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Error",
            ["RateLimiting:SignInPerMinute"] = "100000",
        });
        host.UseKestrel(0);
        host.StartServer();
        await host.WithScopeAsync<CoursesDbContext>(db => CatalogDataGenerator.AddOfferingsAsync(db, 196));

        var duration = TimeSpan.FromSeconds(seconds);
        var live = await LoadDriver.RunAsync(host.ServerAddress, "/health/live", 64, duration);
        var catalog = await LoadDriver.RunAsync(host.ServerAddress, "/api/courses/offerings?page=1&pageSize=20", 64, duration);
        var ratio = catalog.RequestsPerSecond / live.RequestsPerSecond;

        var report = new StringBuilder()
            .AppendLine("# Performance")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion}), commit {Commit()}.")
            .AppendLine("Command: `dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks` (host and load driver in one process, loopback, SQLite).")
            .AppendLine()
            .AppendLine("| scenario | requests | errors | requests/s | p50 ms | p99 ms | budget | holds |")
            .AppendLine("|---|---|---|---|---|---|---|---|")
            .AppendLine(Row("`/health/live`, 64 connections", live, "reference", null))
            .AppendLine(Row("catalog `GET /api/courses/offerings` (200 offerings), 64 connections", catalog,
                $"≥ 25% of /health/live req/s (is {ratio:P0}); p99 ≤ 20 ms", ratio >= 0.25 && catalog.P99Ms <= 20 && catalog.Errors == 0));
        report.AppendLine()
            .AppendLine("## Findings")
            .AppendLine()
            .AppendLine("- Catalog: without caching, EF Core on SQLite served 563 requests/s with p99 207 ms at 64 connections (4% of")
            .AppendLine("  `/health/live`, budget missed). The anonymous catalog API is now output-cached for 10 s and evicted whenever Courses")
            .AppendLine("  changes an offering, session or course (ADR 0006); this scenario repeats one query, so it measures the cached path.")
            .AppendLine("- Scenarios of the benchmarks issue not measured yet: enrollment burst, bulk certificates, gradebook, reminder sweep over")
            .AppendLine("  100,000 enrollments, cold start. The enrollment burst's correctness (150 of 1,000, positions 1..850) is proved by the")
            .AppendLine("  test suite; its speed is not measured here yet.");
        File.WriteAllText(Path.Combine(RepositoryRoot.Path, "docs", "performance.md"), report.ToString());
        Console.WriteLine(report);
        return 0;
    }

    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "rev-parse", "--short", "HEAD"])
            {
                RedirectStandardOutput = true,
            })!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? commit : "(unknown)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(git not found)";
        }
    }

    private static string Row(string name, LoadDriver.Result r, string budget, bool? holds) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.Requests} | {r.Errors} | {r.RequestsPerSecond:F0} | {r.P50Ms:F1} | {r.P99Ms:F1} | {budget} | {(holds is null ? "" : holds.Value ? "yes" : "no")} |");
}
