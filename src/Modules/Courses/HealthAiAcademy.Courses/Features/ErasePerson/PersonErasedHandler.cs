using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ErasePerson;

/// <summary>The person's private calendar feed goes, so its address stops answering.</summary>
internal sealed class PersonErasedHandler(CoursesDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, CoursesDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await Context.CalendarFeeds.Where(f => f.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.EraseAuditTextAboutAsync(integrationEvent.UserId, cancellationToken);
    }
}
