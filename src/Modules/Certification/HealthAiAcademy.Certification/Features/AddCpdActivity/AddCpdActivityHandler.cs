using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.Certification.Features.AddCpdActivity;

/// <param name="CompletedOn">The day the activity ended (Amsterdam date).</param>
/// <param name="Evidence">Optional: a certificate or attendance statement, PDF, PNG or JPEG, at most 5 MB.</param>
internal sealed record AddCpdActivityRequest(string? Title, string? Provider, DateOnly? CompletedOn, double? Points, string? Registry, EvidenceFile? Evidence);

/// <summary>A person adds education they followed elsewhere to their own dossier; the activity and its evidence are saved together.</summary>
internal sealed class AddCpdActivityHandler(CertificationDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(AddCpdActivityRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<Guid>.Forbidden("Sign in to keep a CPD dossier.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = BuildingBlocks.Time.AcademyTime.DateOf(now);
        var title = request.Title?.Trim();
        var provider = request.Provider?.Trim();
        var registry = request.Registry?.Trim();
        var errors = EvidenceFile.Check(new ValidationErrors(), "evidence", request.Evidence)
            .AddIf(string.IsNullOrEmpty(title) || title.Length > CpdActivity.TitleMaxLength, "title", "A title of 1 to 200 characters.")
            .AddIf(string.IsNullOrEmpty(provider) || provider.Length > CpdActivity.ProviderMaxLength, "provider", "The provider, 1 to 200 characters.")
            .AddIf(request.CompletedOn is null || request.CompletedOn > today || request.CompletedOn < today.AddYears(-10), "completedOn", "The date it ended: not in the future, at most ten years ago.")
            .AddIf(request.Points is null or <= 0 or > 500, "points", "Points between 0 and 500.")
            .AddIf(string.IsNullOrEmpty(registry) || registry.Length > CpdActivity.RegistryMaxLength, "registry", "The registry that awarded the points, 1 to 60 characters.");
        if (!errors.IsValid)
        {
            return Outcome<Guid>.Invalid(errors);
        }

        var activity = new CpdActivity(userId, title!, provider!, request.CompletedOn!.Value, request.Points!.Value, registry!, now);
        await db.InTransactionAsync(async token =>
        {
            db.CpdActivities.Add(activity);
            if (request.Evidence is { } evidence)
            {
                activity.AttachEvidence(evidence.SafeFileName, evidence.ContentType);
                db.CpdEvidence.Add(new CpdEvidence(activity.Id, evidence.Content!));
            }

            await db.SaveChangesAsync(token);
        }, cancellationToken);
        return Outcome<Guid>.Ok(activity.Id);
    }
}
