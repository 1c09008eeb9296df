using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.SubmitEquivalent;

/// <param name="CompletedOn">The day the training ended (Amsterdam date).</param>
/// <param name="ExpiresOn">When its own certificate lapses, if it does.</param>
/// <param name="Evidence">A certificate or attendance statement: PDF, PNG or JPEG, at most 5 MB.</param>
internal sealed record SubmitEquivalentRequest(Guid? RequirementId, string? Title, string? Provider, DateOnly? CompletedOn, DateOnly? ExpiresOn, EvidenceFile? Evidence);

/// <summary>A person offers training followed elsewhere for one of their own requirements; it waits for a coordinator.</summary>
internal sealed class SubmitEquivalentHandler(ComplianceDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(SubmitEquivalentRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<Guid>.Forbidden("Sign in to see your obligations.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = BuildingBlocks.Time.AcademyTime.DateOf(now);
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.LoadAsync(db, [userId], now, cancellationToken);
        var requirement = rules.Requirements.FirstOrDefault(r => r.Id == request.RequirementId);
        var title = request.Title?.Trim();
        var provider = request.Provider?.Trim();
        var errors = EvidenceFile.Check(new ValidationErrors(), "evidence", request.Evidence, required: true)
            .AddIf(requirement is null || !rules.Applies(requirement, userId, facts.MembershipsOf(userId)), "requirementId", "One of the requirements asked of you.")
            .AddIf(string.IsNullOrEmpty(title) || title.Length > RecordedEquivalent.TitleMaxLength, "title", "A title of 1 to 200 characters.")
            .AddIf(string.IsNullOrEmpty(provider) || provider.Length > RecordedEquivalent.ProviderMaxLength, "provider", "The provider, 1 to 200 characters.")
            .AddIf(request.CompletedOn is null || request.CompletedOn > today || request.CompletedOn < today.AddYears(-10), "completedOn", "The date it ended: not in the future, at most ten years ago.")
            .AddIf(request.ExpiresOn is { } expires && request.CompletedOn is { } completed && expires < completed, "expiresOn", "The expiry date comes after the completion date.");
        if (!errors.IsValid)
        {
            return Outcome<Guid>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            if (await db.RecordedEquivalents.AnyAsync(e => e.UserId == userId && e.RequirementId == requirement!.Id && e.Status == EquivalentStatus.Submitted, token))
            {
                return Outcome<Guid>.Conflict("Training you recorded for this requirement is waiting for a decision already.");
            }

            var evidence = request.Evidence!;
            var equivalent = new RecordedEquivalent(userId, requirement!.Id, title!, provider!, request.CompletedOn!.Value, request.ExpiresOn,
                evidence.SafeFileName, evidence.ContentType, now);
            db.RecordedEquivalents.Add(equivalent);
            db.EquivalentEvidence.Add(new EquivalentEvidence(equivalent.Id, evidence.Content!));
            await db.SaveChangesAsync(token);
            return Outcome<Guid>.Ok(equivalent.Id);
        }, cancellationToken);
    }
}
