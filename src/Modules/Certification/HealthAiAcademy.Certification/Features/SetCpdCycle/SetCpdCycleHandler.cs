using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.SetCpdCycle;

/// <param name="StartsOn">The first day of the current re-registration cycle, as the register stated it.</param>
internal sealed record SetCpdCycleRequest(DateOnly? StartsOn);

/// <summary>A person says when their current re-registration cycle began; the dossier counts its points from then.</summary>
internal sealed class SetCpdCycleHandler(CertificationDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<DateOnly>> HandleAsync(SetCpdCycleRequest request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<DateOnly>.Forbidden("Sign in to keep a CPD dossier.");
        }

        var today = BuildingBlocks.Time.AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors()
            .AddIf(request.StartsOn is null || request.StartsOn > today || request.StartsOn < today.AddYears(-10), "startsOn", "The cycle's first day: not in the future, at most ten years ago.");
        if (!errors.IsValid)
        {
            return Outcome<DateOnly>.Invalid(errors);
        }

        var cycle = await db.CpdCycleStarts.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (cycle is null)
        {
            db.CpdCycleStarts.Add(new CpdCycleStart(userId, request.StartsOn!.Value));
        }
        else
        {
            cycle.Move(request.StartsOn!.Value);
        }

        if (!await db.SaveUnlessDuplicateAsync(cancellationToken))
        {
            return Outcome<DateOnly>.Conflict("The cycle was set at the same moment elsewhere: reload and try again.");
        }

        return Outcome<DateOnly>.Ok(request.StartsOn!.Value);
    }
}
