using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.FollowOffering;

/// <summary>Opens the enrollment book of a newly published offering.</summary>
internal sealed class OfferingPublishedHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<OfferingPublishedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OfferingPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await Context.Books.AnyAsync(b => b.OfferingId == integrationEvent.OfferingId, cancellationToken))
        {
            return;
        }

        Context.Books.Add(new EnrollmentBook(
            integrationEvent.OfferingId,
            integrationEvent.Title,
            integrationEvent.Kind,
            integrationEvent.Capacity,
            integrationEvent.StartsAtUtc,
            Clock.GetUtcNow().UtcDateTime));
    }
}
