using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Features.ListAiSystems;

/// <param name="Users">People in the units using it today.</param>
/// <param name="MayOperate">Of them, those who meet its users' requirements.</param>
internal sealed record AiSystemSummary(
    Guid Id, string Name, string Vendor, string? Version, AiRiskClass RiskClass, MedicalDeviceClass DeviceClass, AiSystemStatus Status,
    IReadOnlyList<string> Units, int Users, int MayOperate);

internal sealed class ListAiSystemsHandler(ComplianceDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<AiSystemSummary>>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<IReadOnlyList<AiSystemSummary>>.Forbidden(OrganisationRights.ReadRefusal);
        }

        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.LoadAsync(db, null, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var paths = await UnitPaths.LoadAsync(db, cancellationToken);
        return Outcome<IReadOnlyList<AiSystemSummary>>.Ok([.. rules.Systems.Values.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(system =>
        {
            var standings = facts.Memberships.Select(person => rules.Standing(system, person.Key, [.. person], facts.TrainingOf(person.Key), facts.Day))
                .Where(s => s.IsUser).ToList();
            return new AiSystemSummary(system.Id, system.Name, system.Vendor, system.Version, system.RiskClass, system.DeviceClass, system.Status,
                [.. system.UnitIds.Select(paths.Of)], standings.Count, standings.Count(s => s.MayOperate));
        })]);
    }
}
