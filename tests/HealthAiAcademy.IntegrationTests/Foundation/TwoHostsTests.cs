using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>
/// Issue 13, item 9: two host processes on one SQLite data folder behind round-robin, one of them killed with SIGKILL in
/// the middle of the traffic and started again. Nothing committed is lost, nothing is done twice.
/// </summary>
public sealed class TwoHostsTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 200;
    private const int Seats = 60;
    private const int Completers = 24;

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "academy-two-hosts", Guid.NewGuid().ToString("N"));
    private readonly List<HostProcess> hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_burst_across_two_hosts_with_one_killed_loses_nothing_and_does_nothing_twice()
    {
        // Arranged by an in-process host on the same folder, then stopped: accounts, tokens and two offerings.
        var (participants, coordinatorToken, upcoming, underWay, sessionId) = await ArrangeAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__DataDirectory"] = dataDirectory,
            ["Email__PickupDirectory"] = Path.Combine(dataDirectory, "mail"),
            ["Demo__Password"] = AcademyFactory.DemoPassword,
            ["Demo__Activity"] = "false",
            ["Localization__DefaultLanguage"] = "en",
            ["Enrollment__ReminderSchedule"] = "*/5 * * * * *",
        };
        var a = await StartAsync("host-a", settings);
        var b = await StartAsync("host-b", settings);
        try
        {
            // The burst: every person enrols once, alternately through each host; host B dies a third of the way in.
            var balancer = new RoundRobin([a, b]);
            var answered = 0;
            var killed = false;
            using var gate = new SemaphoreSlim(16);
            var enrolments = await Task.WhenAll(participants.Select(async person =>
            {
                await gate.WaitAsync();
                try
                {
                    var response = await balancer.SendAsync(() => Post($"/api/enrollment/offerings/{upcoming}/enrollments", person.Token, new { }));
                    if (Interlocked.Increment(ref answered) == People / 3 && !killed)
                    {
                        killed = true;
                        await b.KillAsync();
                    }

                    return response.StatusCode;
                }
                finally
                {
                    gate.Release();
                }
            }));
            Assert.True(killed);
            Assert.All(enrolments, status => Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"{status}"));

            // B comes back on the same folder; attendance that completes people goes through both, and B dies again midway.
            var b2 = await StartAsync("host-b-again", settings);
            balancer.Add(b2);
            var coordinatorEnrollments = await CompletersAsync(participants, coordinatorToken, underWay, a);
            var recorded = 0;
            foreach (var enrollmentId in coordinatorEnrollments)
            {
                var response = await balancer.SendAsync(() => Put($"/api/enrollment/sessions/{sessionId}/attendance", coordinatorToken,
                    new { records = new[] { new { enrollmentId, status = "Present" } } }));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (++recorded == Completers / 2)
                {
                    await b2.KillAsync();
                }
            }

            // Both hosts up again: each delivers what it finds undelivered, and both run the reminder sweep, at the same time.
            var b3 = await StartAsync("host-b-third", settings);

            // Read straight from the files: a third host would deliver and sweep too.
            await using var enrollment = Open<EnrollmentSqliteDbContext>("Enrollment");
            await using var certification = Open<CertificationSqliteDbContext>("Certification");
            var book = await enrollment.Books.AsNoTracking().SingleAsync(x => x.OfferingId == upcoming);
            var rows = await enrollment.Enrollments.AsNoTracking().Where(e => e.OfferingId == upcoming).ToListAsync();
            Assert.Equal(People, rows.Count);
            Assert.Equal(People, rows.Select(e => e.UserId).Distinct().Count());
            Assert.Equal(Seats, rows.Count(e => e.Status == EnrollmentStatus.Enrolled));
            Assert.Equal(Enumerable.Range(1, People - Seats), rows.Where(e => e.Status == EnrollmentStatus.Waitlisted).Select(e => e.WaitlistPosition!.Value).Order());
            Assert.Equal((Seats, People - Seats), (book.SeatsTaken, book.WaitlistLength));

            // Every completion committed on any host reaches Certification exactly once, the killed host's included.
            await Eventually.TrueAsync(
                async () => await certification.Certificates.AsNoTracking().CountAsync(c => c.OfferingId == underWay) == Completers
                            && await enrollment.OutboxMessages.AsNoTracking().CountAsync(m => m.ProcessedAtUtc == null) == 0,
                () => $"certificates and delivered events\n{a.Output}\n{b3.Output}", timeoutSeconds: 60);
            var certificates = await certification.Certificates.AsNoTracking().Where(c => c.OfferingId == underWay).Select(c => c.EnrollmentId).ToListAsync();
            Assert.Equal(Completers, certificates.Count);
            Assert.Equal(Completers, certificates.Distinct().Count());
            Assert.Equal(Completers, await enrollment.OutboxMessages.AsNoTracking().CountAsync(m => m.Type.Contains("EnrollmentCompleted")));

            // Each seat holder is reminded of the session once, although two hosts swept every five seconds.
            var mail = Path.Combine(dataDirectory, "mail");
            var holders = rows.Where(e => e.Status == EnrollmentStatus.Enrolled).Select(e => participants.Single(p => p.Id == e.UserId).Email).ToList();
            await Eventually.TrueAsync(() => Task.FromResult(holders.All(email => Mails(mail, email) >= 1)),
                () => $"{holders.Count(email => Mails(mail, email) >= 1)} of {holders.Count} reminded\n{a.Output}\n{b3.Output}", timeoutSeconds: 60);
            await Task.Delay(TimeSpan.FromSeconds(12));
            Assert.All(holders, email => Assert.Equal(1, Mails(mail, email)));
            Assert.Equal(Seats, await enrollment.ReminderLedger.AsNoTracking().CountAsync(e => e.Kind == ReminderKind.SessionTomorrow && e.SentAtUtc != null));
        }
        catch
        {
            foreach (var host in hosts)
            {
                output.WriteLine(host.Output.ToString());
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        AcademyFactory.TryDelete(dataDirectory);
    }

    private async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var host = new HostProcess(name, settings);
        hosts.Add(host);
        await host.StartAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    private async Task<(List<Person> Participants, string CoordinatorToken, Guid Upcoming, Guid UnderWay, Guid SessionId)> ArrangeAsync()
    {
        await using var factory = AcademyFactory.Create(dataDirectory, null);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var coordinatorToken = coordinator.DefaultRequestHeaders.Authorization!.Parameter!;
        var participants = await factory.WithScopeAsync<UserManager<AcademyUser>, List<Person>>(async users =>
        {
            var created = new List<Person>();
            for (var i = 0; i < People; i++)
            {
                var email = $"person{i:000}@umc.example";
                var user = new AcademyUser { UserName = email, Email = email, EmailConfirmed = true, FullName = $"Person {i:000}", CreatedAtUtc = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Participant)).Succeeded);
                created.Add(new Person(user.Id, email, factory.BearerTokenFor(user.Id, Roles.Participant)));
            }

            return created;
        });

        // An offering starting within the reminder lead, with a session in a few hours.
        var soon = DateTime.UtcNow.AddHours(3);
        var upcoming = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = Seats;
            body["enrollmentPolicy"] = "Open";
            body["startsAt"] = Utc(soon);
            body["cancellationDeadline"] = Utc(soon.AddHours(-1));
        });
        (await coordinator.PostAsJsonAsync($"/api/courses/offerings/{upcoming}/sessions", new { startsAt = Utc(soon.AddHours(1)), durationMinutes = 60, topic = "Kick-off" })).EnsureSuccessStatusCode();
        (await coordinator.PostAsync($"/api/courses/offerings/{upcoming}/publish", null)).EnsureSuccessStatusCode();

        // An offering under way, whose participants complete by one session's attendance.
        var underWay = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 100;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{underWay}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 60, topic = "The only day" }));
        (await coordinator.PostAsync($"/api/courses/offerings/{underWay}/publish", null)).EnsureSuccessStatusCode();
        foreach (var person in participants.Take(Completers))
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", person.Token);
            (await client.PostAsJsonAsync($"/api/enrollment/offerings/{underWay}/enrollments", new { })).EnsureSuccessStatusCode();
        }

        return (participants, coordinatorToken, upcoming, underWay, session.GetProperty("id").GetGuid());
    }

    private static async Task<List<Guid>> CompletersAsync(List<Person> participants, string coordinatorToken, Guid offeringId, HostProcess host)
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        var roster = await CoursesApi.JsonAsync(await Send(client, Get($"/api/enrollment/offerings/{offeringId}/roster", coordinatorToken)));
        var ids = participants.Take(Completers).Select(p => p.Id).ToHashSet();
        return [.. roster.EnumerateArray()
            .Where(line => ids.Contains(line.GetProperty("userId").GetGuid()))
            .Select(line => line.GetProperty("enrollmentId").GetGuid())];
    }

    private static int Mails(string directory, string email) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.eml").Count(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))
            : 0;

    private TContext Open<TContext>(string module)
        where TContext : DbContext
    {
        var options = HealthAiAcademy.BuildingBlocks.Data.DatabaseOptions.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = dataDirectory }).Build());
        var builder = new DbContextOptionsBuilder<TContext>().UseSqlite(options.SqliteConnectionString(module));
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }

    private static HttpRequestMessage Get(string path, string token) => new(HttpMethod.Get, path) { Headers = { Authorization = new("Bearer", token) } };

    private static HttpRequestMessage Post(string path, string token, object body) =>
        new(HttpMethod.Post, path) { Headers = { Authorization = new("Bearer", token) }, Content = JsonContent.Create(body) };

    private static HttpRequestMessage Put(string path, string token, object body) =>
        new(HttpMethod.Put, path) { Headers = { Authorization = new("Bearer", token) }, Content = JsonContent.Create(body) };

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpRequestMessage request) => client.SendAsync(request);

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Person(Guid Id, string Email, string Token);

    /// <summary>A load balancer's round-robin: a request whose host is gone (refused, reset) is sent to the next one.</summary>
    private sealed class RoundRobin(List<HostProcess> hosts)
    {
        private readonly Dictionary<HostProcess, HttpClient> clients = [];
        private int next;

        public void Add(HostProcess host)
        {
            lock (hosts)
            {
                hosts.Add(host);
            }
        }

        public void Remove(HostProcess host)
        {
            lock (hosts)
            {
                if (hosts.Count > 1)
                {
                    hosts.Remove(host);
                }
            }
        }

        public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request)
        {
            for (var attempt = 0; ; attempt++)
            {
                var (host, client) = Pick();
                try
                {
                    return await client.SendAsync(request());
                }
                catch (HttpRequestException) when (attempt < 10)
                {
                    // The host died with the request in flight: like a load balancer, take it out of the rotation and send
                    // again; whatever it committed stays, and enrolling or recording twice is safe.
                    Remove(host);
                }
            }
        }

        private (HostProcess Host, HttpClient Client) Pick()
        {
            lock (hosts)
            {
                var host = hosts[next++ % hosts.Count];
                if (!clients.TryGetValue(host, out var client))
                {
                    client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
                    clients[host] = client;
                }

                return (host, client);
            }
        }
    }
}
