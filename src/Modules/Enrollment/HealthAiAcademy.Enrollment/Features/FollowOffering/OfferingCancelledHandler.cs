using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.FollowOffering;

/// <summary>A cancelled offering takes no enrolments and sends no more reminders; everyone in it is told (by the reminder sweep).</summary>
internal sealed class OfferingCancelledHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<OfferingCancelledIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OfferingCancelledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var book = await Context.Books.SingleOrDefaultAsync(b => b.OfferingId == integrationEvent.OfferingId, cancellationToken);
        book?.Cancel();
        Context.ChangeNotices.Add(new OfferingChangeNotice(integrationEvent.Id, integrationEvent.OfferingId, null,
            OfferingChange.OfferingCancelled, null, null, integrationEvent.OccurredAtUtc));
    }
}
