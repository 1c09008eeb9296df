using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.StartBulkIssue;
using HealthAiAcademy.Certification.Features.IssueCertificate;
using HealthAiAcademy.Certification.Features.SendExpiryReminders;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Certification;

public sealed class CertificateOperationsTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Lost_certificates_are_issued_by_reconciliation_and_by_the_bulk_job_whose_progress_reaches_the_end_and_the_zip_holds_them_all()
    {
        var participants = Enumerable.Range(0, 6).Select(_ => factory.CreateClientForUser(Guid.NewGuid())).ToList();
        var offeringId = await CompletedOffering.CreateAsync(factory, participants);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 6);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        await LoseCertificatesAsync(offeringId, 2);
        var reconciled = await factory.Services.GetRequiredService<CertificateReconciliation>().RunAsync(offeringId, CancellationToken.None);
        await LoseCertificatesAsync(offeringId, 3);
        var before = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/certificates"));
        var started = await coordinator.PostAsync($"/api/certification/offerings/{offeringId}/bulk-issue", null);
        var runUrl = started.Headers.Location!.OriginalString;
        await Eventually.TrueAsync(async () => (await CoursesApi.JsonAsync(await coordinator.GetAsync(runUrl))).GetProperty("state").GetString() == "Finished",
            () => $"the bulk issue finished; jobs: {factory.JobStatistics()}");
        var run = await CoursesApi.JsonAsync(await coordinator.GetAsync(runUrl));
        var participantStarts = await participants[0].PostAsync($"/api/certification/offerings/{offeringId}/bulk-issue", null);

        Assert.Equal(2, reconciled);
        Assert.Equal(3, before.GetProperty("missing").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(3, run.GetProperty("issued").GetInt32());
        Assert.Equal(100, run.GetProperty("percent").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, participantStarts.StatusCode);

        var zip = await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/certificates.zip");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType!.MediaType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Equal(6, archive.Entries.Count);
        Assert.All(archive.Entries, e => Assert.EndsWith(".pdf", e.Name));
        await (await participants[0].GetAsync($"/api/certification/offerings/{offeringId}/certificates.zip")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// Issue 18, item 6: ZIP entries are named after people, and a name is whatever its owner typed. Unpacked on Windows a
    /// backslash is a folder, so "..\..\" led out of the download folder; every entry is now one plain file name.
    /// </summary>
    [Fact]
    public async Task Zip_entries_named_after_people_unpack_as_plain_files_on_every_system()
    {
        const string password = "Zip-Names-Test-2026";
        var email = $"{Guid.NewGuid():N}@umc.example";
        var name = @"..\..\Windows\System32\drivers: ""evil""?";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password, fullName = name })).EnsureSuccessStatusCode();
        var person = await factory.CreateClientForAsync(email, password);
        var offeringId = await CompletedOffering.CreateAsync(factory, [person]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        using var certificates = new ZipArchive(await (await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/certificates.zip")).Content.ReadAsStreamAsync());
        using var personalData = new ZipArchive(await (await person.GetAsync("/api/auth/me/personal-data")).Content.ReadAsStreamAsync());

        var entry = Assert.Single(certificates.Entries);
        Assert.EndsWith(".._.._Windows_System32_drivers_ _evil__.pdf", entry.FullName, StringComparison.Ordinal);
        Assert.NotEmpty(personalData.Entries);
        Assert.All(certificates.Entries.Concat(personalData.Entries), e =>
        {
            Assert.DoesNotContain('\\', e.FullName);
            Assert.DoesNotContain(e.FullName.Split('/'), part => part is "." or ".." || part.Length == 0 || part.IndexOfAny([':', '*', '?', '"', '<', '>', '|']) >= 0);
            Assert.False(e.FullName.StartsWith('/'), e.FullName);
        });
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = $"{Guid.NewGuid():N}@umc.example", password, fullName = "Line\nbreak" }))
            .AssertValidationProblemAsync("fullName");
    }

    [Fact]
    public async Task A_bulk_issue_whose_job_was_lost_in_a_restart_is_queued_again_by_the_sweep_and_one_that_keeps_stalling_fails()
    {
        var participants = Enumerable.Range(0, 2).Select(_ => factory.CreateClientForUser(Guid.NewGuid())).ToList();
        var offeringId = await CompletedOffering.CreateAsync(factory, participants);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 2);
        await LoseCertificatesAsync(offeringId, 2);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        var lost = new BulkIssueRun(Guid.NewGuid(), offeringId, false, Guid.NewGuid(), anHourAgo);
        lost.Start(2, anHourAgo);
        var hopeless = new BulkIssueRun(Guid.NewGuid(), Guid.NewGuid(), false, Guid.NewGuid(), anHourAgo);
        for (var i = 0; i < BulkIssueRun.MaxResumes; i++)
        {
            hopeless.ResumeOrFail(anHourAgo);
        }

        await factory.WithScopeAsync<CertificationDbContext>(async db =>
        {
            db.BulkRuns.AddRange(lost, hopeless);
            await db.SaveChangesAsync();
        });
        var whileLost = await coordinator.PostAsync($"/api/certification/offerings/{offeringId}/bulk-issue", null);

        var resumed = await factory.WithScopeAsync<StalledBulkIssueSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        var again = await factory.WithScopeAsync<StalledBulkIssueSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        await Eventually.TrueAsync(async () => await factory.WithScopeAsync<CertificationDbContext, bool>(async db =>
                (await db.BulkRuns.AsNoTracking().SingleAsync(r => r.Id == lost.Id)).State == BulkIssueState.Finished),
            () => $"the resumed run finished; jobs: {factory.JobStatistics()}");
        var failed = await factory.WithScopeAsync<CertificationDbContext, BulkIssueRun>(db => db.BulkRuns.AsNoTracking().SingleAsync(r => r.Id == hopeless.Id));
        var certificates = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/certificates"));
        var afterwards = await coordinator.PostAsync($"/api/certification/offerings/{offeringId}/bulk-issue", null);

        await whileLost.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal((1, 0), (resumed, again));
        Assert.Equal(BulkIssueState.Failed, failed.State);
        Assert.Contains("start it again", failed.Error);
        Assert.Equal(0, certificates.GetProperty("missing").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, afterwards.StatusCode);
    }

    [Fact]
    public async Task Recertification_reminders_go_out_once_at_60_and_once_at_14_days_before_expiry()
    {
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await CompletedOffering.CreateAsync(factory, [participant]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var sweep = factory.Services.GetRequiredService<ExpiryReminderSweep>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await ExpireOnAsync(offeringId, today.AddDays(45));
        var at60 = await Task.WhenAll(sweep.RunAsync(CancellationToken.None), sweep.RunAsync(CancellationToken.None));
        var rerun = await sweep.RunAsync(CancellationToken.None);
        await ExpireOnAsync(offeringId, today.AddDays(10));
        var at14 = await sweep.RunAsync(CancellationToken.None);
        var again = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(1, at60.Sum());
        Assert.Equal(0, rerun);
        Assert.Equal(1, at14);
        Assert.Equal(0, again);
        var mails = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(File.ReadAllText).Where(m => m.Contains("expires in")).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains("expires in 60 days"));
        Assert.Contains(mails, m => m.Contains("expires in 14 days"));
        Assert.Equal([null, 14, 14, 60, 60, null], new[] { -1, 0, 14, 15, 60, 61 }.Select(ExpiryReminderSweep.Stage));
    }

    private Task LoseCertificatesAsync(Guid offeringId, int count) =>
        factory.WithScopeAsync<CertificationDbContext>(async db =>
        {
            var ids = await db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id).Take(count).ToListAsync();
            await db.Documents.Where(d => ids.Contains(d.CertificateId)).ExecuteDeleteAsync();
            await db.Certificates.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync();
        });

    private Task ExpireOnAsync(Guid offeringId, DateOnly expiresOn) =>
        factory.WithScopeAsync<CertificationDbContext>(db =>
            db.Certificates.Where(c => c.OfferingId == offeringId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresOn, expiresOn)));
}
