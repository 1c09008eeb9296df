using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.FollowOffering;

/// <summary>A cancelled offering takes no enrolments and sends no more reminders.</summary>
internal sealed class OfferingCancelledHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<OfferingCancelledIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OfferingCancelledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var book = await Context.Books.SingleOrDefaultAsync(b => b.OfferingId == integrationEvent.OfferingId, cancellationToken);
        book?.Cancel();
    }
}
