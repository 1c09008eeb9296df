using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.StartBulkIssue;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Benchmarks;

/// <summary>The scenarios of the benchmarks issue, each against the real host (Kestrel on loopback, SQLite) or its real services.</summary>
internal static class Scenarios
{
    public sealed record Burst(BurstDriver.Result Load, int Enrolled, int Waitlisted, bool PositionsGapFree);

    public static async Task<Burst> EnrollmentBurstAsync(AcademyFactory host, IReadOnlyList<Guid> userIds)
    {
        var coordinator = await host.CreateClientForAsync("coordinator@demo.local");
        // A real burst hits a host that has been serving for a while: the enrol path is warmed up (JIT) on another offering first.
        var warmUp = await PublishOfferingAsync(host, coordinator, "WARMUP");
        await BurstDriver.RunAsync(host.ServerAddress, [.. userIds.Skip(1_000).Take(50).Select(id => EnrolRequest(warmUp, BurstDriver.Bearer(host.CreateClientForUser(id))))], 8);
        var offeringId = await PublishOfferingAsync(host, coordinator, "BURST");
        var tokens = userIds.Take(1_000).Select(id => BurstDriver.Bearer(host.CreateClientForUser(id))).ToList();
        var load = await BurstDriver.RunAsync(host.ServerAddress, [.. tokens.Select(token => EnrolRequest(offeringId, token))], 64);

        var (enrolled, positions) = await host.WithScopeAsync<EnrollmentDbContext, (int, List<int>)>(async db =>
        (
            await db.Enrollments.CountAsync(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Enrolled),
            await db.Enrollments.Where(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Waitlisted).Select(e => e.WaitlistPosition!.Value).OrderBy(p => p).ToListAsync()
        ));
        return new Burst(load, enrolled, positions.Count, positions.SequenceEqual(Enumerable.Range(1, positions.Count)));
    }

    private static Func<HttpRequestMessage> EnrolRequest(Guid offeringId, System.Net.Http.Headers.AuthenticationHeaderValue token) =>
        () => new HttpRequestMessage(HttpMethod.Post, $"/api/enrollment/offerings/{offeringId}/enrollments")
        {
            Headers = { Authorization = token },
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };

    /// <summary>An open clinician course with 150 seats, published, with its enrollment book open.</summary>
    private static async Task<Guid> PublishOfferingAsync(AcademyFactory host, HttpClient coordinator, string code)
    {
        var course = await coordinator.PostAsJsonAsync("/api/courses/courses", new { code, title = "Enrollment burst " + code, summary = "150 seats.", language = "en", studyLoadHours = 4 });
        var courseId = (await Json(course)).GetProperty("id").GetGuid();
        var offering = await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = code, startsAt = "2030-03-01T13:00", endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", capacity = 150, enrollmentPolicy = "Open",
            delivery = "InPerson", location = "Lecture hall",
        });
        var offeringId = (await Json(offering)).GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var waited = Stopwatch.StartNew();
        while (!await host.WithScopeAsync<EnrollmentDbContext, bool>(db => db.Books.AnyAsync(b => b.OfferingId == offeringId)))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Enrollment did not open the offering's book (outbox delivery) within 60 s.");
            }

            await Task.Delay(50);
        }

        return offeringId;
    }

    /// <summary>
    /// The catalog as signed-in people browse it: 64 people, each request another query (search words, kinds, languages,
    /// topics, sort, pages; 480 different URLs), so the anonymous output cache plays no part.
    /// </summary>
    public static Task<LoadDriver.Result> SignedInCatalogAsync(AcademyFactory host, IReadOnlyList<Guid> userIds, TimeSpan duration)
    {
        var bearers = userIds.Take(64).Select(id => BurstDriver.Bearer(host.CreateClientForUser(id))).ToList();
        string?[] words = [null, "large", "course 1", "generated", "ai", "data science"];
        string?[] kinds = [null, "ClinicianCourse", "Webinar", "SummerSchool"];
        string?[] filters = [null, "language=nl", "topic=ML%20fundamentals", "accredited=true", "sort=Title"];
        var urls = (from q in words
                    from kind in kinds
                    from filter in filters
                    from page in new[] { 1, 2, 3, 4 }
                    select "/api/courses/offerings?" + string.Join('&', new[]
                    {
                        q is null ? null : "q=" + Uri.EscapeDataString(q), kind is null ? null : "kind=" + kind, filter, $"page={page}", "pageSize=20",
                    }.Where(p => p is not null))).ToList();
        // Interleaved, so consecutive requests ask different things.
        var shuffled = urls.OrderBy(u => (u.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % 997).ThenBy(u => u, StringComparer.Ordinal).ToList();
        return LoadDriver.RunAsync(host.ServerAddress, shuffled, bearers, 64, duration);
    }

    /// <param name="Queries">SQL commands of one request (the minimum of five).</param>
    /// <param name="OtherSize">The same page on other data (a gradebook of 20, a person with 25 enrollments), where the page has a size.</param>
    public sealed record Page(string Name, string Who, LoadDriver.Result Load, int Queries, string? OtherSize, int? QueriesOtherSize, double BudgetP95Ms);

    /// <summary>
    /// Pages as signed-in people open them (a cookie, like a browser), 16 connections each for <paramref name="duration"/>:
    /// a generated participant's catalog, offering page and My learning (five enrollments; the command count also for a
    /// participant with 25), the demo coordinator's grading queue and the gradebook page of the 500-participant offering.
    /// </summary>
    public static async Task<IReadOnlyList<Page>> PagesAsync(AcademyFactory host, LargeDataGenerator.Generated generated, TimeSpan duration)
    {
        var participantId = generated.UserIds[10];
        var busyParticipantId = generated.UserIds[11];
        var enrolledIn = await host.WithScopeAsync<EnrollmentDbContext, Guid>(db =>
            db.Enrollments.Where(e => e.UserId == participantId).Select(e => e.OfferingId).FirstAsync());
        await host.WithScopeAsync<EnrollmentDbContext>(async db =>
        {
            var already = await db.Enrollments.Where(e => e.UserId == busyParticipantId).Select(e => e.OfferingId).ToListAsync();
            foreach (var offeringId in generated.OfferingIds.Except(already).Take(25 - already.Count))
            {
                db.Enrollments.Add(new Enrollment.Domain.Enrollment(Guid.NewGuid(), offeringId, busyParticipantId, EnrollmentStatus.Enrolled, null, DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        });
        var participant = await CookieAsync(host, await WithPasswordAsync(host, participantId));
        var busyParticipant = await CookieAsync(host, await WithPasswordAsync(host, busyParticipantId));
        var coordinator = await CookieAsync(host, ("coordinator@demo.local", AcademyFactory.DemoPassword));

        var pages = new (string Name, string Who, string Cookie, string Url, (string Label, string Cookie, string Url)? Other, double Budget)[]
        {
            ("catalog", "participant", participant, "/catalog?page=2", null, 50),
            ("offering page", "participant", participant, $"/catalog/{enrolledIn}", null, 50),
            ("My learning, 5 enrollments", "participant", participant, "/learning", ("25 enrollments", busyParticipant, "/learning"), 50),
            ("grading queue", "coordinator", coordinator, "/grading", null, 50),
            ("gradebook page, 500 × 20", "coordinator", coordinator, $"/manage/offerings/{generated.GradebookOfferingId}/gradebook",
                ("20 participants", coordinator, $"/manage/offerings/{generated.SmallGradebookOfferingId}/gradebook"), 100),
        };
        var results = new List<Page>();
        foreach (var (name, who, cookie, url, other, budget) in pages)
        {
            GC.Collect();
            var load = await LoadDriver.RunAsync(host.ServerAddress, [url], (request, _) => request.Headers.Add("Cookie", cookie), 16, duration);
            using var client = CookieClient(host, cookie);
            var queries = await SqlCommandCounter.MinimumOverAsync(host, 5, () => client.GetAsync(url));
            int? otherQueries = null;
            if (other is { } o)
            {
                using var otherClient = CookieClient(host, o.Cookie);
                otherQueries = await SqlCommandCounter.MinimumOverAsync(host, 5, () => otherClient.GetAsync(o.Url));
            }

            results.Add(new Page(name, who, load, queries, other?.Label, otherQueries, budget));
            Console.WriteLine($"Page {name}: {load.RequestsPerSecond:F0} req/s, p95 {load.P95Ms:F1} ms, {queries} SQL commands ({other?.Label}: {otherQueries})");
        }

        return results;
    }

    private static HttpClient CookieClient(AcademyFactory host, string cookie)
    {
        var client = new HttpClient { BaseAddress = host.ServerAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Generated people have no password; this one gets one, to sign in on the login page like anyone.</summary>
    private static Task<(string Email, string Password)> WithPasswordAsync(AcademyFactory host, Guid userId) =>
        host.WithScopeAsync<Microsoft.AspNetCore.Identity.UserManager<HealthAiAcademy.Host.Identity.AcademyUser>, (string, string)>(async users =>
        {
            const string Password = "Benchmark-Pages-2026";
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            if (!await users.HasPasswordAsync(user) && !(await users.AddPasswordAsync(user, Password)).Succeeded)
            {
                throw new InvalidOperationException("Could not give the generated participant a password.");
            }

            return (user.Email!, Password);
        });

    /// <summary>The sign-in cookie a browser would hold after signing in on the login page.</summary>
    private static async Task<string> CookieAsync(AcademyFactory host, (string Email, string Password) account)
    {
        var (email, password) = account;
        var cookies = new System.Net.CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = host.ServerAddress };
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password })).EnsureSuccessStatusCode();
        return string.Join("; ", cookies.GetAllCookies().Select(c => $"{c.Name}={c.Value}"));
    }

    /// <param name="P95AfterSavingMs">Reads that each follow a save of work, so they read the offering's work again.</param>
    public sealed record Gradebook(
        int Requests, double P50Ms, double P95Ms, int QueriesLarge, int QueriesSmall, int Rows, int Columns,
        int ReadsAfterSaving, double P50AfterSavingMs, double P95AfterSavingMs, int QueriesAfterSaving);

    /// <summary>
    /// One coordinator opening a gradebook 100 times in a row (p50, p95 of the whole request, the body read to its end), and
    /// the SQL commands one request takes for it and for the 20-participant gradebook (the minimum of five); then 20 reads
    /// that each follow a save of work on one of its assessments, which reads the offering's work again (ADR 0030).
    /// </summary>
    public static async Task<Gradebook> GradebookAsync(AcademyFactory host, Guid offeringId, Guid smallOfferingId)
    {
        using var client = new HttpClient { BaseAddress = host.ServerAddress };
        client.DefaultRequestHeaders.Authorization = BurstDriver.Bearer(host.CreateClientForUser(Guid.NewGuid(), Roles.Coordinator));
        var url = $"/api/assessment/offerings/{offeringId}/gradebook";
        var first = await Json(await client.GetAsync(url));
        var latencies = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            latencies.Add(await TimedReadAsync(client, url));
        }

        var queries = await SqlCommandCounter.MinimumOverAsync(host, 5, () => client.GetAsync(url));
        var small = await SqlCommandCounter.MinimumOverAsync(host, 5, () => client.GetAsync($"/api/assessment/offerings/{smallOfferingId}/gradebook"));

        var afterSaving = new List<double>();
        var queriesAfterSaving = int.MaxValue;
        for (var i = 0; i < 25; i++)
        {
            await SaveWorkAsync(host, offeringId);
            if (i < 20)
            {
                afterSaving.Add(await TimedReadAsync(client, url));
            }
            else
            {
                queriesAfterSaving = Math.Min(queriesAfterSaving, (await SqlCommandCounter.CountAsync(host, () => client.GetAsync(url))).Commands);
            }
        }

        latencies.Sort();
        afterSaving.Sort();
        return new Gradebook(latencies.Count, BurstDriver.Percentile(latencies, 0.5), BurstDriver.Percentile(latencies, 0.95), queries, small,
            first.GetProperty("rows").GetArrayLength(), first.GetProperty("assessments").GetArrayLength(),
            afterSaving.Count, BurstDriver.Percentile(afterSaving, 0.5), BurstDriver.Percentile(afterSaving, 0.95), queriesAfterSaving);
    }

    private static async Task<double> TimedReadAsync(HttpClient client, string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        // Read to the end through a pooled buffer: a 500 KB byte array per response would be the load driver's own
        // large-object garbage, collected in the host's process (they share it) and counted in the host's latency.
        await using (var body = await response.Content.ReadAsStreamAsync())
        {
            await body.CopyToAsync(Stream.Null);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    // What any save of an attempt or a hand-in does to its assessment (AssessmentDbContext stamps it in the same transaction).
    private static Task SaveWorkAsync(AcademyFactory host, Guid offeringId) =>
        host.WithScopeAsync<AssessmentDbContext>(async db =>
        {
            (await db.Assessments.FirstAsync(a => a.OfferingId == offeringId)).WorkChanged();
            await db.SaveChangesAsync();
        });

    public sealed record Certificates(int Issued, double Seconds, int LargestPdfBytes, double AveragePdfBytes, double PeakWorkingSetMb);

    public static async Task<Certificates> BulkCertificatesAsync(AcademyFactory host, Guid offeringId)
    {
        var runId = Guid.NewGuid();
        await host.WithScopeAsync<CertificationDbContext>(async db =>
        {
            db.BulkRuns.Add(new BulkIssueRun(runId, offeringId, regenerate: false, Guid.Empty, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        using var sampler = new PeakSampler();
        var clock = Stopwatch.StartNew();
        await host.Services.GetRequiredService<BulkIssueRunner>().RunAsync(runId, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var (workingSet, _) = sampler.Stop();
        return await host.WithScopeAsync<CertificationDbContext, Certificates>(async db =>
        {
            var sizes = await db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.PdfBytes).ToListAsync();
            return new Certificates(sizes.Count, seconds, sizes.DefaultIfEmpty().Max(), sizes.Count == 0 ? 0 : sizes.Average(), workingSet);
        });
    }

    public sealed record Sweep(int Enrollments, int Sent, double Seconds, double WorkingSetBeforeMb, double PeakWorkingSetMb, double PeakManagedMb, int SecondRunSent, double SecondRunSeconds);

    public static async Task<Sweep> ReminderSweepAsync(AcademyFactory host)
    {
        var enrollments = await host.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync());
        var sweep = host.Services.GetRequiredService<ReminderSweep>();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64 / 1_048_576.0;
        using var sampler = new PeakSampler();
        var clock = Stopwatch.StartNew();
        var sent = await sweep.RunAsync(CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var (workingSet, managed) = sampler.Stop();
        clock.Restart();
        var again = await sweep.RunAsync(CancellationToken.None);
        return new Sweep(enrollments, sent, seconds, before, workingSet, managed, again, clock.Elapsed.TotalSeconds);
    }

    /// <summary>One size of a growth run: the size, the cost (seconds), and the whole process's peak working set meanwhile.</summary>
    public sealed record GrowthPoint(int Size, double Seconds, int Work, double PeakWorkingSetMb);

    /// <summary>
    /// The reminder sweep over 10,000, 100,000 and 1,000,000 enrollments on its own database (a host of its own): the same
    /// 200 people are due a reminder at every size (their ledger emptied in between), everyone added is enrolled in
    /// offerings with nothing due, so the cost can only grow with the data around the work, not with the work.
    /// </summary>
    public static async Task<IReadOnlyList<GrowthPoint>> ReminderSweepGrowthAsync(string dataDirectory, Func<string, AcademyFactory> startHost)
    {
        await using var host = startHost(dataDirectory);
        var generator = new LargeDataGenerator(host.Services, enrollmentsPerOffering: 50, withAssessments: false);
        var generated = await generator.GenerateAsync();
        var notDue = generated.OfferingIds.Skip(LargeDataGenerator.OfferingsWithSessionTomorrow).ToList();
        var sweep = host.Services.GetRequiredService<ReminderSweep>();
        var points = new List<GrowthPoint>();
        foreach (var size in new[] { 10_000, 100_000, 1_000_000 })
        {
            var enrollments = await host.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync());
            await generator.AddEnrollmentsAsync(notDue, size - enrollments);
            await host.WithScopeAsync<EnrollmentDbContext>(db => db.ReminderLedger.ExecuteDeleteAsync());
            GC.Collect();
            using var sampler = new PeakSampler();
            var clock = Stopwatch.StartNew();
            var sent = await sweep.RunAsync(CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            var (workingSet, _) = sampler.Stop();
            points.Add(new GrowthPoint(size, seconds, sent, workingSet));
            Console.WriteLine($"Reminder sweep over {size:N0} enrollments: {sent} sent in {seconds:F2} s");
        }

        return points;
    }

    /// <summary>Bulk certificates for offerings of 100, 500 and 1,000 completions (the last is the bulk scenario itself).</summary>
    public static async Task<IReadOnlyList<GrowthPoint>> BulkCertificatesGrowthAsync(AcademyFactory host, LargeDataGenerator.Generated generated, Certificates thousand)
    {
        var points = new List<GrowthPoint>();
        foreach (var (size, offeringId) in generated.SmallerCertificateOfferings.OrderBy(o => o.Key))
        {
            var issued = await BulkCertificatesAsync(host, offeringId);
            points.Add(new GrowthPoint(size, issued.Seconds, issued.Issued, issued.PeakWorkingSetMb));
        }

        points.Add(new GrowthPoint(LargeDataGenerator.CertificateParticipants, thousand.Seconds, thousand.Issued, thousand.PeakWorkingSetMb));
        return points;
    }

    /// <param name="Published">Seconds of each start of the host as the Dockerfile publishes it (ReadyToRun): the budget's figure.</param>
    /// <param name="BuildOutput">Seconds of each start of the plain Release build output (what <c>dotnet run</c> starts).</param>
    public sealed record ColdStart(IReadOnlyList<double> Published, IReadOnlyList<double> BuildOutput)
    {
        public double PublishedMedian => Median(Published);

        public double BuildOutputMedian => Median(BuildOutput);

        private static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    /// <summary>
    /// New host processes (Production settings) on the existing database, each timed from its start until /health/ready
    /// answers 200: three of the host published as the Dockerfile does it, three of the Release build output.
    /// </summary>
    public static async Task<ColdStart> ColdStartAsync(string dataDirectory)
    {
        var buildOutput = Path.Combine(RepositoryRoot.Path, "src", "Host", "HealthAiAcademy.Host", "bin", "Release", "net10.0", "HealthAiAcademy.Host.dll");
        if (!File.Exists(buildOutput))
        {
            throw new FileNotFoundException("Build the host in Release first (the benchmark command does).", buildOutput);
        }

        var published = await PublishAsync(Path.Combine(dataDirectory, "published"));
        var publishedSeconds = new List<double>();
        var buildOutputSeconds = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            publishedSeconds.Add(await StartUntilReadyAsync(published, dataDirectory));
            buildOutputSeconds.Add(await StartUntilReadyAsync(buildOutput, dataDirectory));
        }

        return new ColdStart(publishedSeconds, buildOutputSeconds);
    }

    /// <summary>The host published with the Dockerfile's options (Release, ReadyToRun for this machine's platform).</summary>
    private static async Task<string> PublishAsync(string folder)
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "Host", "HealthAiAcademy.Host", "HealthAiAcademy.Host.csproj");
        using var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "quiet", "--use-current-runtime", "--self-contained", "false", "-p:PublishReadyToRun=true"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}): {await output}{await errors}");
        }

        return Path.Combine(folder, "HealthAiAcademy.Host.dll");
    }

    private static async Task<double> StartUntilReadyAsync(string hostDll, string dataDirectory)
    {
        var port = FreePort();
        // Production encrypts its data-protection keys with a certificate and refuses to start without one.
        var certificate = Path.Combine(dataDirectory, "dataprotection.pfx");
        if (!File.Exists(certificate))
        {
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
                "CN=Health AI Academy benchmark keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "benchmark"));
        }

        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__DataDirectory"] = dataDirectory,
                ["Email__PickupDirectory"] = Path.Combine(dataDirectory, "mail"),
                ["Logging__LogLevel__Default"] = "Warning",
                ["DataProtection__CertificatePath"] = certificate,
                ["DataProtection__CertificatePassword"] = "benchmark",
                ["PublicBaseUrl"] = "https://academy.example-hospital.nl",
            },
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/health/ready");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed.TotalSeconds;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready.");
                }

                await Task.Delay(25);
            }

            throw new TimeoutException("The host was not ready within 60 s.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
