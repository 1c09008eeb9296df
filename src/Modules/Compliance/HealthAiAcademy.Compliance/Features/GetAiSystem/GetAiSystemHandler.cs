using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Features.GetAiSystem;

internal sealed record AiSystemView(
    Guid Id, string Name, string Vendor, string? Version, string IntendedPurpose, AiRiskClass RiskClass, MedicalDeviceClass DeviceClass,
    Guid OwnerId, string OwnerName, string OwnerEmail, DateOnly? GoLiveOn, DateOnly? RetiredOn, AiSystemStatus Status,
    IReadOnlyList<NamedRef> Units, IReadOnlyList<RequirementView> Requirements, IReadOnlyList<PersonStanding> People);

/// <param name="Missing">The titles of the requirements the person does not meet (for operating, then for overseeing).</param>
internal sealed record PersonStanding(
    Guid UserId, string FullName, string Email, bool IsUser, bool MayOperate, DateOnly? OperateUntil, bool IsOverseer, bool MayOversee, DateOnly? OverseeUntil,
    IReadOnlyList<string> Missing);

/// <summary>Art. 26(2) asked of one system: who works with it, who oversees it, and who of them has the training for it.</summary>
internal sealed class GetAiSystemHandler(ComplianceDbContext db, RequirementViews requirements, IUserDirectory users, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<AiSystemView>> HandleAsync(Guid systemId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<AiSystemView>.Forbidden(OrganisationRights.ReadRefusal);
        }

        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        if (!rules.Systems.TryGetValue(systemId, out var system))
        {
            return Outcome<AiSystemView>.NotFound("The AI system");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var concerned = (await PeopleFacts.MembershipsAtAsync(db, now, cancellationToken))
            .Where(m => system.IsDeployed && rules.UsesSystem(system, m)).Select(m => m.UserId)
            .Union(system.OverseerIds).ToList();
        var facts = await PeopleFacts.LoadAsync(db, concerned, now, cancellationToken);
        var profiles = await users.FindManyAsync([.. concerned.Append(system.OwnerId)], cancellationToken);
        var paths = await UnitPaths.LoadAsync(db, cancellationToken);
        var people = concerned.Where(profiles.ContainsKey).Select(id =>
            {
                var standing = rules.Standing(system, id, facts.MembershipsOf(id), facts.TrainingOf(id), facts.Day);
                return new PersonStanding(id, profiles[id].FullName, profiles[id].Email, standing.IsUser, standing.MayOperate, standing.OperateUntil,
                    standing.IsOverseer, standing.MayOversee, standing.OverseeUntil,
                    [.. standing.Operation.Concat(standing.Oversight).Where(o => !o.IsFulfilled).Select(o => o.Requirement.Title).Distinct()]);
            })
            .OrderBy(p => p.FullName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var owner = profiles.GetValueOrDefault(system.OwnerId);
        return Outcome<AiSystemView>.Ok(new AiSystemView(system.Id, system.Name, system.Vendor, system.Version, system.IntendedPurpose, system.RiskClass,
            system.DeviceClass, system.OwnerId, owner?.FullName ?? "?", owner?.Email ?? "?", system.GoLiveOn, system.RetiredOn, system.Status,
            [.. system.UnitIds.Select(u => new NamedRef(u, paths.Of(u)))],
            await requirements.ViewsAsync([.. rules.Requirements.Where(r => r.SystemId == systemId)], cancellationToken),
            people));
    }
}
