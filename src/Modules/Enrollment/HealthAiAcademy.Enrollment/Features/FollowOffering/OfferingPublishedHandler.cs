using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.FollowOffering;

/// <summary>Opens the enrollment book of a newly published offering, with the terms enrolments are decided by.</summary>
internal sealed class OfferingPublishedHandler(EnrollmentDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<OfferingPublishedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OfferingPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await Context.Books.SingleOrDefaultAsync(b => b.OfferingId == integrationEvent.OfferingId, cancellationToken) is { } opened)
        {
            // Opened a moment earlier by a first enrolment; the terms sent along are at least as new as the catalog's were.
            if (integrationEvent.Terms is { } newer)
            {
                opened.Follow(newer);
            }

            return;
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        Context.Books.Add(integrationEvent.Terms is { } terms
            ? new EnrollmentBook(terms, now)
            : new EnrollmentBook(integrationEvent.OfferingId, integrationEvent.Title, integrationEvent.Kind, integrationEvent.Capacity, integrationEvent.StartsAtUtc, now));
    }
}
