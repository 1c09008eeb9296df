using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GrantExtension;

internal sealed record ExtensionView(Guid AssessmentId, Guid UserId, DateTime DueAtUtc);

internal sealed class GrantExtensionHandler(AssessmentDbContext db, AssessmentAccess access, StaffAudit audit, TimeProvider clock)
{
    /// <summary>Gives one participant a later due date (or moves an extension); the latest grant wins.</summary>
    public async Task<Outcome<ExtensionView>> HandleAsync(Guid assessmentId, Guid userId, ExtensionRequest request, CancellationToken cancellationToken)
    {
        var loaded = await access.ForStaffAsync(assessmentId, "Only the offering's instructors and coordinators grant extensions.", cancellationToken);
        if (!loaded.IsOk)
        {
            return loaded.Refusal<ExtensionView>();
        }

        var (assessment, offering) = loaded.Value;

        var errors = new ValidationErrors()
            .AddIf(request.DueAtUtc is null, "dueAtUtc", "The new due date is required.")
            .AddIf(request.DueAtUtc is { } due && assessment.DueAtUtc is { } original && due <= original, "dueAtUtc", "An extension ends after the assessment's due date.");
        if (!errors.IsValid)
        {
            return Outcome<ExtensionView>.Invalid(errors);
        }

        if (!await access.IsParticipantAsync(offering.Id, userId, cancellationToken))
        {
            return Outcome<ExtensionView>.NotFound("The participant");
        }

        var dueAtUtc = DateTime.SpecifyKind(request.DueAtUtc!.Value, DateTimeKind.Utc);
        var now = clock.GetUtcNow().UtcDateTime;
        var extension = await db.Extensions.SingleOrDefaultAsync(e => e.AssessmentId == assessmentId && e.UserId == userId, cancellationToken);
        var previousDue = extension?.DueAtUtc ?? assessment.DueAtUtc;
        if (extension is null)
        {
            db.Extensions.Add(new DeadlineExtension(assessmentId, userId, dueAtUtc, access.UserId, now));
        }
        else
        {
            extension.Regrant(dueAtUtc, access.UserId, now);
        }

        audit.Record(db, AuditActions.ExtensionGranted, new AuditSubject("Assessment", assessmentId, offering.Id, userId),
            new AuditChanges().Add("DueAtUtc", previousDue, dueAtUtc));

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ExtensionView>.Ok(new ExtensionView(assessmentId, userId, dueAtUtc));
    }
}
