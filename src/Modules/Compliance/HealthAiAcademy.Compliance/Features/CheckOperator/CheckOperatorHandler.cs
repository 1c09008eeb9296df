using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.CheckOperator;

/// <param name="Reasons">Why not (for each lapsed or missing requirement: its title and the courses that fulfil it), or why the person is no user.</param>
internal sealed record OperatorStatus(
    Guid SystemId, string SystemName, Guid UserId, string? StaffNumber, bool IsUser, bool MayOperate, DateOnly? OperateUntil, bool IsOverseer, bool MayOversee,
    DateOnly? OverseeUntil, IReadOnlyList<OperatorReason> Reasons, DateTime CheckedAtUtc);

/// <param name="Code">NotAUser, NotAssigned, SystemNotDeployed, Missing, Expired.</param>
internal sealed record OperatorReason(string Code, string? Requirement, IReadOnlyList<string> Courses);

/// <summary>The AI Act's question asked by a hospital system at the point of use: may this person work with this system now?</summary>
[ServesAnyone("Hospital systems only: the API-key scheme authenticated the client, and the handler checks the client is still active.")]
internal sealed class CheckOperatorHandler(ComplianceDbContext db, IUserDirectory users, RequirementViews views, TimeProvider clock)
{
    public async Task<Outcome<OperatorStatus>> HandleAsync(Guid clientId, Guid systemId, string personRef, CancellationToken cancellationToken)
    {
        if (!await db.ApiClients.AnyAsync(c => c.Id == clientId && c.RevokedAtUtc == null, cancellationToken))
        {
            return Outcome<OperatorStatus>.Forbidden("The API key is revoked.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        if (!rules.Systems.TryGetValue(systemId, out var system))
        {
            return Outcome<OperatorStatus>.NotFound("The AI system");
        }

        var userId = await ResolveAsync(personRef, cancellationToken);
        if (userId is null)
        {
            await LogAsync(new StatusApiCall(clientId, systemId, null, false, false, now), cancellationToken);
            return Outcome<OperatorStatus>.NotFound("The person");
        }

        var facts = await PeopleFacts.LoadAsync(db, [userId.Value], now, cancellationToken);
        var standing = rules.Standing(system, userId.Value, facts.MembershipsOf(userId.Value), facts.TrainingOf(userId.Value), facts.Day);
        var courses = await views.CoursesAsync(cancellationToken);
        var reasons = new List<OperatorReason>();
        if (!system.IsDeployed)
        {
            reasons.Add(new OperatorReason("SystemNotDeployed", null, []));
        }
        else
        {
            if (!standing.IsUser)
            {
                reasons.Add(new OperatorReason("NotAUser", null, []));
            }

            if (!standing.IsOverseer)
            {
                reasons.Add(new OperatorReason("NotAssigned", null, []));
            }

            reasons.AddRange(standing.Operation.Concat(standing.Oversight).Where(o => !o.IsFulfilled).Select(o => new OperatorReason(
                o.State.ToString(), o.Requirement.Title, [.. o.Requirement.CourseIds.Where(courses.ContainsKey).Select(c => courses[c].Title)])));
        }

        var staffNumber = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.StaffNumber).SingleOrDefaultAsync(cancellationToken);
        await LogAsync(new StatusApiCall(clientId, systemId, userId, standing.MayOperate, standing.MayOversee, now), cancellationToken);
        return Outcome<OperatorStatus>.Ok(new OperatorStatus(system.Id, system.Name, userId.Value, staffNumber, standing.IsUser, standing.MayOperate,
            standing.OperateUntil, standing.IsOverseer, standing.MayOversee, standing.OverseeUntil, reasons, now));
    }

    /// <summary>An email address (it has an @), else a staff number as HR gave it.</summary>
    private async Task<Guid?> ResolveAsync(string personRef, CancellationToken cancellationToken)
    {
        // Routing has decoded the segment already ("%40" is "@").
        var reference = personRef.Trim();
        if (reference.Contains('@', StringComparison.Ordinal))
        {
            return (await users.FindByEmailAsync(reference, cancellationToken))?.UserId;
        }

        var number = StaffMember.NormalizeStaffNumber(reference);
        return await db.StaffMembers.AsNoTracking().Where(s => s.StaffNumber == number).Select(s => (Guid?)s.UserId).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task LogAsync(StatusApiCall call, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async token =>
        {
            db.StatusApiCalls.Add(call);
            await db.SaveChangesAsync(token);
        }, cancellationToken);
}
