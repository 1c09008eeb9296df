using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class ReminderTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task The_session_reminder_sweep_run_twice_and_in_parallel_sends_once_with_the_ics()
    {
        var (offeringId, sessionId) = await SessionTomorrowAsync(factory, "A");
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        var sweep = factory.Services.GetRequiredService<ReminderSweep>();

        var sent = await Task.WhenAll(sweep.RunAsync(CancellationToken.None), sweep.RunAsync(CancellationToken.None));
        var rerun = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(1, sent.Sum());
        Assert.Equal(0, rerun);
        var mails = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Subject?.Contains("Reminder test course A") == true).ToList();
        var mail = Assert.Single(mails);
        Assert.Equal("participant@demo.local", mail.To.Mailboxes.Single()!.Address);
        Assert.Contains("Reminder test session", mail.TextBody);
        var ics = Assert.IsAssignableFrom<MimePart>(mail.Attachments.Single());
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        Assert.Contains($"UID:session-{sessionId}@healthaiacademy", System.Text.Encoding.UTF8.GetString(content.ToArray()));
        var notifications = await CoursesApi.JsonAsync(await participant.GetAsync("/api/enrollment/me/notifications"));
        Assert.Contains(notifications.EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains("Reminder test course A"));
    }

    [Fact]
    public async Task A_reminder_is_written_in_the_recipient_s_language_with_dates_in_it()
    {
        var (offeringId, _) = await SessionTomorrowAsync(factory, "NL");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var coordinatorId = await CoursesApi.UserIdAsync(coordinator);
        await factory.WithScopeAsync<HealthAiAcademy.Host.Identity.Data.AcademyIdentityDbContext>(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == coordinatorId);
            user.PreferredLanguage = "nl";
            await db.SaveChangesAsync();
        });
        await coordinator.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });

        await factory.Services.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);

        var mail = Assert.Single(Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)), m => m.Subject?.Contains("Reminder test course NL") == true);
        Assert.StartsWith("Morgen: ", mail.Subject);
        Assert.Contains("Beste Cora Coordinator,", mail.TextBody);
        Assert.Contains("(Amsterdamse tijd)", mail.TextBody);
        Assert.Matches(" om \\d\\d:\\d\\d", mail.TextBody);
        var notifications = await CoursesApi.JsonAsync(await coordinator.GetAsync("/api/enrollment/me/notifications"));
        Assert.Contains(notifications.EnumerateArray(), n => n.GetProperty("title").GetString() == mail.Subject);
    }

    [Fact]
    public async Task A_participant_who_switched_session_reminders_off_gets_none_and_a_crashed_claim_is_sent_later()
    {
        var (offeringId, _) = await SessionTomorrowAsync(factory, "B");
        var optedOut = await factory.CreateClientForAsync("instructor@demo.local");
        await optedOut.PutAsJsonAsync("/api/enrollment/me/reminder-preferences", new { sessionTomorrow = false });
        await optedOut.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        await admin.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        var adminId = await CoursesApi.UserIdAsync(admin);
        var sweep = factory.Services.GetRequiredService<ReminderSweep>();
        var finder = factory.Services.CreateScope().ServiceProvider.GetRequiredService<DueReminderFinder>();
        var due = (await finder.FindAsync(DateTime.UtcNow, CancellationToken.None)).Single(d => d.UserId == adminId && d.Kind.ToString() == "SessionTomorrow");

        // A sweep that crashed after claiming: the claim is old and unsent.
        await factory.WithScopeAsync<EnrollmentDbContext>(async db =>
        {
            db.ReminderLedger.Add(new HealthAiAcademy.Enrollment.Domain.ReminderLedgerEntry(due.UserId, due.Kind, due.SubjectId, due.DueAtUtc, DateTime.UtcNow.AddHours(-1)));
            await db.SaveChangesAsync();
        });
        await sweep.RunAsync(CancellationToken.None);

        var instructorId = await CoursesApi.UserIdAsync(optedOut);
        var entries = await factory.WithScopeAsync<EnrollmentDbContext, List<HealthAiAcademy.Enrollment.Domain.ReminderLedgerEntry>>(db =>
            db.ReminderLedger.AsNoTracking().Where(e => e.UserId == instructorId || e.UserId == adminId).ToListAsync());
        Assert.DoesNotContain(entries, e => e.UserId == instructorId);
        var retried = Assert.Single(entries, e => e.UserId == adminId && e.SubjectId == due.SubjectId);
        Assert.NotNull(retried.SentAtUtc);
        Assert.Equal(1, retried.Attempts);
    }

    [Fact]
    public async Task A_reminder_is_delivered_to_a_real_SMTP_server_and_read_back()
    {
        var maildir = Path.Combine(Path.GetTempPath(), "academy-smtp-" + Guid.NewGuid().ToString("N"));
        using var smtp = SmtpServer.Start(maildir);
        var port = smtp.Port;
        await using var smtpHost = AcademyFactory.Create(null, new Dictionary<string, string?>
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = port.ToString(CultureInfo.InvariantCulture),
            ["Email:SmtpSecurity"] = "None",
        });
        try
        {
            var (offeringId, _) = await SessionTomorrowAsync(smtpHost, "C");
            var participant = await smtpHost.CreateClientForAsync("participant@demo.local");
            await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });

            var sent = await smtpHost.Services.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);

            Assert.Equal(1, sent);
            var newMail = Path.Combine(maildir, "new");
            await Eventually.TrueAsync(() => Task.FromResult(Directory.Exists(newMail) && Directory.GetFiles(newMail).Length == 1), "the SMTP server stored the message");
            var message = await MimeMessage.LoadAsync(Directory.GetFiles(newMail).Single());
            Assert.Equal("Tomorrow: Reminder test course C", message.Subject);
            Assert.Equal("participant@demo.local", message.To.Mailboxes.Single()!.Address);
            Assert.Single(message.Attachments);
        }
        finally
        {
            AcademyFactory.TryDelete(maildir);
        }
    }

    private static async Task<(Guid OfferingId, Guid SessionId)> SessionTomorrowAsync(AcademyFactory host, string title)
    {
        var coordinator = await host.CreateClientForAsync("coordinator@demo.local");
        var courseId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "R" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = $"Reminder test course {title}", summary = "s", language = "en", studyLoadHours = 2,
        }))).GetProperty("id").GetGuid();
        var now = DateTime.UtcNow;
        string Iso(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var offering = await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "Webinar", cohortLabel = "now", startsAt = Iso(now.AddHours(2)), endsAt = Iso(now.AddDays(2)),
            enrollmentOpensAt = Iso(now.AddDays(-1)), enrollmentClosesAt = Iso(now.AddHours(1)), cancellationDeadline = Iso(now.AddHours(1)),
            enrollmentPolicy = "Open", delivery = "Online", onlineLink = "https://meet.example.org/r",
        });
        var offeringId = (await CoursesApi.JsonAsync(offering)).GetProperty("id").GetGuid();
        var session = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = Iso(now.AddHours(20)), durationMinutes = 60, topic = "Reminder test session" });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        return (offeringId, (await CoursesApi.JsonAsync(session)).GetProperty("id").GetGuid());
    }
}
