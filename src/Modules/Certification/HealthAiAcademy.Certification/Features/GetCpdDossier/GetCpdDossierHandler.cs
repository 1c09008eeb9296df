using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.GetCpdDossier;

/// <param name="CertificateId">Set for education at this academy; <paramref name="ActivityId"/> for what the person added.</param>
internal sealed record CpdEntry(
    Guid? CertificateId, Guid? ActivityId, string Title, string Provider, DateOnly CompletedOn, string Registry, double Points, bool HasEvidence, string? CertificateNumber);

internal sealed record CpdYear(int Year, string Registry, double Points);

/// <param name="Registry">Whose points count towards the target ("GAIA"); null: every registry's.</param>
internal sealed record CpdCycleProgress(DateOnly StartsOn, DateOnly EndsOn, int Years, double TargetPoints, string? Registry, double Points, int Percent, bool StartChosen);

/// <param name="Cycle">Null when the academy knows no re-registration cycle for the person's profession.</param>
internal sealed record CpdDossier(string HolderName, string? Profession, string? RegistrationNumber, CpdCycleProgress? Cycle, IReadOnlyList<CpdYear> Years, IReadOnlyList<CpdEntry> Entries);

/// <summary>
/// The signed-in person's CPD dossier: the points of their valid certificates here and of the activities they added, per
/// registry per year, and their progress in the current re-registration cycle of their profession.
/// </summary>
internal sealed class GetCpdDossierHandler(
    CertificationDbContext db, ICurrentUser currentUser, IUserDirectory users, IOptions<CpdCycleOptions> cycles, TimeProvider clock)
{
    public async Task<CpdDossier> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var profile = await users.FindAsync(userId, cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId && c.Status == CertificateStatus.Valid).ToListAsync(cancellationToken);
        var activities = await db.CpdActivities.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var entries = certificates
            .SelectMany(c => c.Points.Where(p => p.Points > 0).Select(p => new CpdEntry(c.Id, null, c.OfferingTitle, c.Institution, c.CompletedOn, p.Registry, p.Points, true, c.Number)))
            .Concat(activities.Select(a => new CpdEntry(null, a.Id, a.Title, a.Provider, a.CompletedOn, a.Registry, a.Points, a.EvidenceFileName is not null, null)))
            .OrderByDescending(e => e.CompletedOn).ThenBy(e => e.Title, StringComparer.CurrentCulture)
            .ToList();
        var years = entries.GroupBy(e => (e.CompletedOn.Year, e.Registry))
            .Select(g => new CpdYear(g.Key.Year, g.Key.Registry, Math.Round(g.Sum(e => e.Points), 2)))
            .OrderByDescending(y => y.Year).ThenBy(y => y.Registry, StringComparer.Ordinal)
            .ToList();
        return new CpdDossier(profile?.FullName ?? "", profile?.Profession, profile?.RegistrationNumber, await CycleAsync(userId, profile?.Profession, entries, cancellationToken),
            years, entries);
    }

    /// <summary>The dossier's entries as CSV: one line per certificate registry or own activity.</summary>
    public static byte[] Csv(CpdDossier dossier) => CsvDownloads.Encode([
        ["Date", "Title", "Provider", "Registry", "Points", "Source"],
        .. dossier.Entries.Select(e => (IReadOnlyList<string>)[
            e.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Title, e.Provider, e.Registry, e.Points.ToString("0.##", CultureInfo.InvariantCulture),
            e.CertificateNumber is { } number ? $"Certificate {number}" : e.HasEvidence ? "Own entry, evidence kept" : "Own entry"]),
    ]);

    private async Task<CpdCycleProgress?> CycleAsync(Guid userId, string? profession, IReadOnlyList<CpdEntry> entries, CancellationToken cancellationToken)
    {
        if (cycles.Value.For(profession) is not { } cycle)
        {
            return null;
        }

        var chosen = await db.CpdCycleStarts.AsNoTracking().Where(c => c.UserId == userId).Select(c => (DateOnly?)c.StartsOn).SingleOrDefaultAsync(cancellationToken);
        var today = AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime);
        // Without a chosen start, the cycle is the last N years up to today, so the bar still tells something true.
        var startsOn = chosen ?? today.AddYears(-cycle.Years).AddDays(1);
        var endsOn = startsOn.AddYears(cycle.Years).AddDays(-1);
        var points = Math.Round(entries.Where(e => e.CompletedOn >= startsOn && e.CompletedOn <= endsOn && cycle.Counts(e.Registry)).Sum(e => e.Points), 2);
        var percent = cycle.TargetPoints <= 0 ? 100 : (int)Math.Min(100, Math.Floor(100 * points / cycle.TargetPoints));
        return new CpdCycleProgress(startsOn, endsOn, cycle.Years, cycle.TargetPoints, string.IsNullOrWhiteSpace(cycle.Registry) ? null : cycle.Registry, points, percent, chosen is not null);
    }
}
