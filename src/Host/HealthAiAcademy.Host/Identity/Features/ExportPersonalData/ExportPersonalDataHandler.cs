using HealthAiAcademy.BuildingBlocks.Web;
using System.IO.Compression;
using System.Text;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ExportPersonalData;

/// <summary>
/// Everything the academy holds about the signed-in person (GDPR art. 15 and 20), as one ZIP of JSON files and the
/// documents themselves: the account and its history, each module's part, and the staff audit entries about them.
/// </summary>
internal sealed class ExportPersonalDataHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, IEnumerable<IPersonalDataSource> sources, AuditTrail trail,
    IUserDirectory directory, IStringLocalizer<HostText> text, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>The caller's own data; nobody downloads another person's.</summary>
    public async Task<byte[]?> HandleAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var files = new List<PersonalDataFile>
        {
            PersonalDataFile.AsJson("account/profile.json", new
            {
                user.Id, user.FullName, user.Email, user.EmailConfirmed, user.Profession, user.RegistrationNumber, user.StudentNumber,
                user.PreferredLanguage, user.CreatedAtUtc, user.InvitedAtUtc, user.DeactivatedAtUtc, user.TwoFactorEnabled,
                Roles = await users.GetRolesAsync(user),
                SingleSignOn = (await users.GetLoginsAsync(user)).Select(l => l.ProviderDisplayName ?? l.LoginProvider),
            }),
            PersonalDataFile.AsJson("account/history.json", (await db.AccountChanges.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.AtUtc).ToListAsync(cancellationToken))
                .Select(c => new { c.AtUtc, c.Kind, By = c.ActorName, c.Detail })),
            PersonalDataFile.AsJson("account/sign-ins.json", (await db.RefreshTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken))
                .Select(t => new { t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc })),
        };

        var audit = await trail.ExportAsync(new AuditQuery(PersonId: userId), cancellationToken);
        var actors = await directory.FindManyAsync([.. audit.Select(a => a.ActorId).OfType<Guid>().Distinct()], cancellationToken);
        files.Add(PersonalDataFile.AsJson("staff-actions-about-you.json", audit.Select(a => new
        {
            a.AtUtc, a.Module, a.Action, By = a.ActorName ?? (a.ActorId is { } id && actors.TryGetValue(id, out var actor) ? actor.FullName : "system"),
            a.SubjectType, a.SubjectId, a.OfferingId, a.Changes, a.Note,
        })));

        foreach (var source in sources.OrderBy(s => s.Module, StringComparer.Ordinal))
        {
            files.AddRange((await source.ExportAsync(userId, cancellationToken)).Select(f => f with { Path = $"{source.Module.ToLowerInvariant()}/{f.Path}" }));
        }

        files.Add(new PersonalDataFile("README.txt", Encoding.UTF8.GetBytes(text[
            "Everything Health AI Academy holds about {0}, made {1} (UTC). Each folder is one part of the academy; times are in UTC. What is kept, why and for how long: /privacy.",
            user.Email ?? user.Id.ToString(), clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)])));

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(ZipEntryNames.Path(file.Path), CompressionLevel.Optimal);
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(file.Content, cancellationToken);
            }
        }

        return zip.ToArray();
    }
}
