using System.Globalization;
using System.Text;
using HealthAiAcademy.BuildingBlocks.Delivery;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Compliance.Features.SendNudges;

/// <summary>
/// Daily: a reminder to each person whose requirement lapses within 60 days or is overdue (once per stage, claimed in the
/// ledger before it is sent, so reruns and two hosts send it once), and on the first run of each month a summary to each
/// unit's managers: per requirement, how many of the unit's people (and those below) meet it, and who has something open.
/// </summary>
internal sealed class NudgeSweep(
    IServiceScopeFactory scopes, IEmailSender email, IOptions<ComplianceOptions> options, RecipientLanguage language, IStringLocalizer<ComplianceText> text,
    TimeProvider clock, ILogger<NudgeSweep> logger)
{
    public const string JobId = "compliance-nudges";

    /// <returns>How many reminders and summaries this run sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid UserId, Obligation Obligation)> due;
        List<UnitSummary> summaries;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
            var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
            var facts = await PeopleFacts.LoadAsync(db, null, now, cancellationToken);
            var people = facts.Memberships.Select(m => m.Key).Union(rules.Systems.Values.Where(s => s.IsDeployed).SelectMany(s => s.OverseerIds)).ToList();
            var obligations = people.ToDictionary(id => id, id => rules.ObligationsOf(id, facts.MembershipsOf(id), facts.TrainingOf(id), facts.Day));
            due = [.. obligations.SelectMany(p => p.Value.Where(o => o.State != ObligationState.Met).Select(o => (p.Key, o)))];
            summaries = await SummariesAsync(db, rules, facts, cancellationToken);
        }

        var sent = 0;
        foreach (var (userId, obligation) in due)
        {
            sent += await RemindAsync(userId, obligation, now, cancellationToken) ? 1 : 0;
        }

        var month = BuildingBlocks.Time.AcademyTime.DateOf(now).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var summary in summaries)
        {
            foreach (var managerId in summary.Managers)
            {
                sent += await SummariseAsync(summary, managerId, month, now, cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    private static async Task<List<UnitSummary>> SummariesAsync(
        ComplianceDbContext db, ComplianceRules rules, PeopleFacts facts, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var summaries = new List<UnitSummary>();
        foreach (var unit in units)
        {
            var managers = facts.Memberships.SelectMany(m => m).Where(m => m.UnitId == unit.Id && m.IsManager).Select(m => m.UserId).Distinct().ToList();
            if (managers.Count == 0)
            {
                continue;
            }

            var lines = UnitCoverage.Of(unit.Id, rules, facts);
            summaries.Add(new UnitSummary(unit.Id, unit.Path, managers, lines));
        }

        return summaries;
    }

    private async Task<bool> RemindAsync(Guid userId, Obligation obligation, DateTime now, CancellationToken cancellationToken)
    {
        var stage = obligation.State == ObligationState.Expiring ? NudgeStage.Expiring : NudgeStage.Overdue;
        var episode = obligation.ValidUntil ?? DateOnly.MinValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var claim = await SendLedger.ClaimAsync(db,
            n => n.UserId == userId && n.RequirementId == obligation.Requirement.Id && n.Stage == stage && n.Episode == episode,
            () => new ObligationNudge(userId, obligation.Requirement.Id, stage, episode, now), now, now - options.Value.ReclaimAfter, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        var profile = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindAsync(userId, cancellationToken);
        if (profile is null)
        {
            claim.MarkSent(now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        EmailMessage message;
        using (language.For(profile))
        {
            var what = obligation.System is { } system ? $"{obligation.Requirement.Title} ({system.Name})" : obligation.Requirement.Title;
            var body = new StringBuilder()
                .Append(text["Dear {0},", profile.FullName]).Append("\n\n")
                .Append(stage == NudgeStage.Expiring
                    ? text["Your training \"{0}\" counts until {1}. Take one of its courses again before then.", what, Day(obligation.ValidUntil!.Value)]
                    : text["The hospital requires the training \"{0}\" of you, and it is not (or no longer) done.", what])
                .Append("\n\n").Append(text["Your obligations and the next runs of the courses that fulfil them: {0}", Link("/learning/obligations")])
                .Append("\n\n").Append(text["Health AI Academy"]).ToString();
            message = new EmailMessage(profile.Email,
                stage == NudgeStage.Expiring ? text["Your training for {0} expires soon", what] : text["Your training for {0} is overdue", what], body);
        }

        return await SendAsync(db, claim, message, now, cancellationToken);
    }

    private async Task<bool> SummariseAsync(UnitSummary summary, Guid managerId, string month, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        var claim = await SendLedger.ClaimAsync(db, s => s.UnitId == summary.UnitId && s.ManagerId == managerId && s.Month == month,
            () => new ManagerSummary(summary.UnitId, managerId, month, now), now, now - options.Value.ReclaimAfter, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var profiles = await directory.FindManyAsync([.. summary.Lines.SelectMany(l => l.Open).Append(managerId)], cancellationToken);
        if (!profiles.TryGetValue(managerId, out var manager))
        {
            claim.MarkSent(now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        EmailMessage message;
        using (language.For(manager))
        {
            var body = new StringBuilder().Append(text["Dear {0},", manager.FullName]).Append("\n\n")
                .Append(text["The AI training of {0} (and the units below it) on {1}:", summary.Path, Day(BuildingBlocks.Time.AcademyTime.DateOf(now))]).Append("\n\n");
            if (summary.Lines.Count == 0)
            {
                body.Append(text["No requirement applies to its people yet."]).Append('\n');
            }

            foreach (var line in summary.Lines)
            {
                body.Append("- ").Append(text["{0}: {1} of {2} done", line.Title, line.Done, line.Required]).Append('\n');
                foreach (var open in line.Open.Where(profiles.ContainsKey))
                {
                    body.Append("    ").Append(text["still open: {0}", profiles[open].FullName]).Append('\n');
                }
            }

            body.Append('\n').Append(text["The organisation and its AI systems: {0}", Link("/manage/ai-systems")]).Append("\n\n").Append(text["Health AI Academy"]);
            message = new EmailMessage(manager.Email, text["AI training in {0}: monthly summary", summary.Path], body.ToString());
        }

        return await SendAsync(db, claim, message, now, cancellationToken);
    }

    private async Task<bool> SendAsync(ComplianceDbContext db, ISendClaim claim, EmailMessage message, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A compliance email to {Recipient} failed; it is retried after {ReclaimAfter}", message.To, options.Value.ReclaimAfter);
            return false;
        }

        claim.MarkSent(now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private string Link(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + path;

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private sealed record UnitSummary(Guid UnitId, string Path, IReadOnlyList<Guid> Managers, IReadOnlyList<RequirementCoverage> Lines);
}
