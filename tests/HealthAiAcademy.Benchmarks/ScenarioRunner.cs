using System.Diagnostics;
using System.Globalization;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.Benchmarks;

// Every scenario of the benchmarks issue against the real host on Kestrel (loopback, SQLite embedded default), then BenchmarkDotNet
// for in-process work. Figures go to docs/performance.md.
// Usage: dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks [-- seconds]
//        dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks -- generate <data directory>
//        dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks -- render <pdf file>   (the sample certificate, timed)
//        dotnet run -c Release --project tests/HealthAiAcademy.Benchmarks -- only <scenario>     (one scenario on the generated data, printed, no report)
internal static class ScenarioRunner
{
    public static async Task<int> Main(string[] args)
    {
        // Outside a test project WebApplicationFactory does not know where the host's content lives.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HEALTHAIACADEMY_HOST", Path.Combine(RepositoryRoot.Path, "src", "Host", "HealthAiAcademy.Host"));
        if (args.Length == 2 && args[0] == "generate")
        {
            return await GenerateOnlyAsync(Path.GetFullPath(args[1]));
        }

        if (args.Length == 2 && args[0] == "render")
        {
            return RenderSample(Path.GetFullPath(args[1]));
        }

        if (args.Length == 2 && args[0] == GrowthSweepCommand)
        {
            var points = await Scenarios.ReminderSweepGrowthAsync(Path.GetFullPath(args[1]), StartHost);
            Console.WriteLine(GrowthSweepResult + System.Text.Json.JsonSerializer.Serialize(points));
            return 0;
        }

        if (args.Length == 2 && args[0] == "only")
        {
            return await OnlyAsync(args[1]);
        }

        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "academy-benchmarks", Guid.NewGuid().ToString("N"));
        var report = new Report();
        try
        {
            Scenarios.Burst burst;
            Scenarios.Gradebook gradebook, largeGradebook, smallGradebook;
            IReadOnlyList<Scenarios.GrowthPoint> certificateGrowth;
            IReadOnlyList<Scenarios.Page> pages;
            Scenarios.Certificates certificates;
            Scenarios.Sweep sweep;
            LoadDriver.Result live, catalog, signedInCatalog;
            Limits.Rate rawWrites, rendering;
            double generateSeconds;
            await using (var host = StartHost(dataDirectory))
            {
                var clock = Stopwatch.StartNew();
                var generated = await new LargeDataGenerator(host.Services).GenerateAsync();
                generateSeconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine($"Generated the large data set in {generateSeconds:F1} s");

                var duration = TimeSpan.FromSeconds(seconds);
                live = await LoadDriver.RunAsync(host.ServerAddress, "/health/live", 64, duration);
                catalog = await LoadDriver.RunAsync(host.ServerAddress, "/api/courses/offerings?page=1&pageSize=20", 64, duration);
                Console.WriteLine("Catalog measured");
                await SettleAsync();
                signedInCatalog = await Scenarios.SignedInCatalogAsync(host, generated.UserIds.Skip(10_000).ToList(), duration);
                Console.WriteLine("Signed-in catalog measured");
                await SettleAsync();
                rawWrites = await Limits.SqliteEnrolmentTransactionsAsync(Path.Combine(dataDirectory, "limits"));
                Console.WriteLine("Raw SQLite write limit measured");
                await SettleAsync();
                rendering = Limits.CertificateRendering();
                Console.WriteLine("Rendering limit measured");
                await SettleAsync();
                burst = await Scenarios.EnrollmentBurstAsync(host, generated.UserIds.Skip(5_000).ToList());
                Console.WriteLine("Enrollment burst measured");
                await SettleAsync();
                gradebook = await Scenarios.GradebookAsync(host, generated.GradebookOfferingId, generated.SmallGradebookOfferingId);
                await SettleAsync();
                largeGradebook = await Scenarios.GradebookAsync(host, generated.LargeGradebookOfferingId, generated.SmallGradebookOfferingId);
                await SettleAsync();
                smallGradebook = await Scenarios.GradebookAsync(host, generated.SmallGradebookOfferingId, generated.SmallGradebookOfferingId);
                Console.WriteLine("Gradebook measured");
                await SettleAsync();
                pages = await Scenarios.PagesAsync(host, generated, duration);
                Console.WriteLine("Pages measured");
                await SettleAsync();
                certificates = await Scenarios.BulkCertificatesAsync(host, generated.CertificateOfferingId);
                await SettleAsync();
                certificateGrowth = await Scenarios.BulkCertificatesGrowthAsync(host, generated, certificates);
                Console.WriteLine("Bulk certificates measured");
                await SettleAsync();
                sweep = await Scenarios.ReminderSweepAsync(host);
                Console.WriteLine("Reminder sweep measured");
            }

            await SettleAsync();
            var sweepGrowth = await SweepGrowthInOwnProcessAsync(Path.Combine(dataDirectory, "growth"));
            Console.WriteLine("Growth measured");
            var coldStart = await Scenarios.ColdStartAsync(dataDirectory);
            Console.WriteLine("Cold start measured");
            var micro = MicroBenchmarks.Run();
            report.Write(generateSeconds, live, catalog, signedInCatalog, rawWrites, rendering, burst, gradebook, largeGradebook, certificates, sweep, coldStart, pages,
                new Report.Growth(sweepGrowth, [smallGradebook, gradebook, largeGradebook], certificateGrowth), micro);
            return 0;
        }
        finally
        {
            AcademyFactory.TryDelete(dataDirectory);
        }
    }

    private const string GrowthSweepCommand = "growth-sweep";
    private const string GrowthSweepResult = "GROWTH ";

    /// <summary>
    /// The sweep's growth runs in a process of its own (this program again), so "the whole process" it reports is the host
    /// and the sweep at that size, not also the large data set and the scenarios measured before it.
    /// </summary>
    private static async Task<IReadOnlyList<Scenarios.GrowthPoint>> SweepGrowthInOwnProcessAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ScenarioRunner).Assembly.Location, GrowthSweepCommand, dataDirectory])
        {
            RedirectStandardOutput = true,
        };
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var result = output.Split('\n').LastOrDefault(line => line.StartsWith(GrowthSweepResult, StringComparison.Ordinal));
        if (child.ExitCode != 0 || result is null)
        {
            throw new InvalidOperationException($"The sweep's growth run failed ({child.ExitCode}): {output}");
        }

        Console.Write(string.Join('\n', output.Split('\n').Where(line => line.StartsWith("Reminder sweep over", StringComparison.Ordinal))) + "\n");
        return System.Text.Json.JsonSerializer.Deserialize<List<Scenarios.GrowthPoint>>(result[GrowthSweepResult.Length..])!;
    }

    /// <summary>One scenario on freshly generated data, its result printed: for working on one figure without the whole run.</summary>
    private static async Task<int> OnlyAsync(string scenario)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "academy-benchmarks", Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = StartHost(dataDirectory);
            var generated = await new LargeDataGenerator(host.Services).GenerateAsync();
            await SettleAsync();
            object result = scenario switch
            {
                "signed-in-catalog" => await Scenarios.SignedInCatalogAsync(host, generated.UserIds.Skip(10_000).ToList(), TimeSpan.FromSeconds(8)),
                "burst" => await Scenarios.EnrollmentBurstAsync(host, generated.UserIds.Skip(5_000).ToList()),
                "gradebook" => await Scenarios.GradebookAsync(host, generated.GradebookOfferingId, generated.SmallGradebookOfferingId),
                "large-gradebook" => await Scenarios.GradebookAsync(host, generated.LargeGradebookOfferingId, generated.SmallGradebookOfferingId),
                "pages" => string.Join("\n", await Scenarios.PagesAsync(host, generated, TimeSpan.FromSeconds(8))),
                "certificates" => await Scenarios.BulkCertificatesAsync(host, generated.CertificateOfferingId),
                "sweep" => await Scenarios.ReminderSweepAsync(host),
                _ => throw new ArgumentException($"Unknown scenario {scenario}: signed-in-catalog, burst, gradebook, large-gradebook, pages, certificates or sweep."),
            };
            Console.WriteLine(result);
            return 0;
        }
        finally
        {
            AcademyFactory.TryDelete(dataDirectory);
        }
    }

    /// <summary>Each scenario starts on a quiet process: the previous one's garbage collected and its background work done.</summary>
    private static async Task SettleAsync()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    private static AcademyFactory StartHost(string dataDirectory)
    {
        var host = AcademyFactory.Create(dataDirectory, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Error",
            ["RateLimiting:SignInPerMinute"] = "100000",
            // The scenarios run the module sweeps themselves; a cron firing in between would take their work.
            ["Hangfire:ModuleRecurringJobs"] = "false",
        });
        host.UseKestrel(0);
        host.StartServer();
        return host;
    }

    /// <summary>The data generator on its own: fills a fresh database in <paramref name="dataDirectory"/> and keeps it.</summary>
    private static async Task<int> GenerateOnlyAsync(string dataDirectory)
    {
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            Console.Error.WriteLine($"{dataDirectory} is not empty; the generator fills a fresh database.");
            return 1;
        }

        await using var host = StartHost(dataDirectory);
        var clock = Stopwatch.StartNew();
        var generated = await new LargeDataGenerator(host.Services).GenerateAsync();
        Console.WriteLine($"Generated {generated.UserIds.Count} users, {generated.OfferingIds.Count} offerings and {LargeDataGenerator.Offerings * LargeDataGenerator.EnrollmentsPerOffering} enrollments in {clock.Elapsed.TotalSeconds:F1} s into {dataDirectory}.");
        return 0;
    }

    /// <summary>Renders the micro-benchmark's certificate once to a file and 500 times for a mean, to compare PDF library versions.</summary>
    private static int RenderSample(string path)
    {
        var render = MicroBenchmarks.SampleRendering();
        var bytes = render();
        File.WriteAllBytes(path, bytes);
        const int Rounds = 500;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            render();
        }

        Console.WriteLine($"{path}: {bytes.Length:N0} bytes, {clock.Elapsed.TotalMilliseconds / Rounds:F2} ms per certificate over {Rounds}");
        return 0;
    }
}
