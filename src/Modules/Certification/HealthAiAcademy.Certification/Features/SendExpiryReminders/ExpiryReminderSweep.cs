using HealthAiAcademy.BuildingBlocks.Delivery;
using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.Certification.Resources;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.SendExpiryReminders;

/// <summary>
/// Recertification reminders 60 and 14 days before a certificate expires. Each is claimed in the ledger before it is sent, so reruns and
/// parallel runs send it once; a claim that was never sent (a crash) is claimed again after <see cref="ReclaimAfter"/>.
/// </summary>
internal sealed class ExpiryReminderSweep(
    IServiceScopeFactory scopes, IEmailSender email, IOptions<CertificateOptions> options, RecipientLanguage language, IStringLocalizer<CertificationText> text,
    TimeProvider clock, ILogger<ExpiryReminderSweep> logger)
{
    public const string JobId = "certification-expiry-reminders";
    public static readonly int[] DaysBefore = [60, 14];
    public static readonly TimeSpan ReclaimAfter = TimeSpan.FromMinutes(15);

    /// <returns>How many reminders this run sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = AcademyTime.DateOf(now);
        var horizon = today.AddDays(DaysBefore.Max());
        List<(Guid CertificateId, int Days)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
            var expiring = await db.Certificates.AsNoTracking()
                .Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn != null && c.ExpiresOn >= today && c.ExpiresOn <= horizon)
                .Select(c => new { c.Id, ExpiresOn = c.ExpiresOn!.Value })
                .ToListAsync(cancellationToken);
            var ids = expiring.Select(c => c.Id).ToList();
            var reclaimBefore = now - ReclaimAfter;
            var settled = (await db.ExpiryReminders.AsNoTracking()
                    .Where(r => ids.Contains(r.CertificateId) && (r.SentAtUtc != null || r.ClaimedAtUtc > reclaimBefore))
                    .Select(r => new { r.CertificateId, r.DaysBefore })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.CertificateId, r.DaysBefore)).ToHashSet();
            due = [.. expiring
                .Select(c => (c.Id, Days: Stage(c.ExpiresOn.DayNumber - today.DayNumber)))
                .Where(c => c.Days is not null && !settled.Contains((c.Id, c.Days.Value)))
                .Select(c => (c.Id, c.Days!.Value))];
        }

        var sent = 0;
        foreach (var (certificateId, days) in due)
        {
            if (await SendAsync(certificateId, days, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The reminder a certificate with this many days left is due for: the 14-day one inside 14 days, else the 60-day one.</summary>
    public static int? Stage(int daysLeft) => daysLeft switch
    {
        < 0 => null,
        <= 14 => 14,
        <= 60 => 60,
        _ => null,
    };

    private async Task<bool> SendAsync(Guid certificateId, int days, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var claim = await ClaimAsync(db, certificateId, days, now, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == certificateId, cancellationToken);
        var profile = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindAsync(certificate.UserId, cancellationToken);
        if (profile is null)
        {
            claim.MarkSent(now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var nextRun = await scope.ServiceProvider.GetRequiredService<ICourseCatalog>().FindNextRunAsync(certificate.CourseId, now, cancellationToken);
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        EmailMessage message;
        using (language.For(profile))
        {
            var body = text["Dear {0},", profile.FullName] + "\n\n" +
                text["Your certificate {0} for {1} is valid until {2}. To keep it current, take the course again.",
                    certificate.Number, certificate.OfferingTitle, certificate.ExpiresOn!.Value.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)] + "\n\n" +
                (nextRun is null
                    ? text["No new run is scheduled yet; the catalog shows it as soon as there is one: {0}", $"{baseUrl}/catalog"]
                    : text["The next run ({0}) starts {1}: {2}", nextRun.CohortLabel, AcademyTime.Format(nextRun.StartsAtUtc, "d MMMM yyyy"), $"{baseUrl}/catalog/{nextRun.Id}"]) +
                "\n\n" + text["Health AI Academy"];
            message = new EmailMessage(profile.Email, text["Your certificate for {0} expires in {1} days", certificate.OfferingTitle, days], body);
        }

        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Expiry reminder for certificate {CertificateId} failed; it is retried after {ReclaimAfter}", certificateId, ReclaimAfter);
            return false;
        }

        claim.MarkSent(now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Task<ExpiryReminder?> ClaimAsync(CertificationDbContext db, Guid certificateId, int days, DateTime now, CancellationToken cancellationToken) =>
        SendLedger.ClaimAsync(db, r => r.CertificateId == certificateId && r.DaysBefore == days,
            () => new ExpiryReminder(certificateId, days, now), now, now - ReclaimAfter, cancellationToken);
}
