using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Enrollment.Features.ExpireSeatOffers;

/// <summary>
/// Recurring sweep: a seat offer that was not claimed in time lapses and the seat passes to the next in line.
/// Safe to run twice or in parallel: each offer is re-checked inside its own transaction, guarded by the status token.
/// </summary>
internal sealed class SeatOfferExpiryJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string JobId = "enrollment-seat-offer-expiry";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> expired;
        await using (var scope = scopes.CreateAsyncScope())
        {
            expired = await scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>().Enrollments
                .Where(e => e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc != null && e.OfferExpiresAtUtc <= now)
                .Select(e => e.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var enrollmentId in expired)
        {
            await LapseAsync(enrollmentId, now, cancellationToken);
        }
    }

    private async Task LapseAsync(Guid enrollmentId, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        await db.InTransactionAsync(async token =>
        {
            var enrollment = await db.Enrollments.SingleAsync(e => e.Id == enrollmentId, token);
            if (enrollment.Status != EnrollmentStatus.Waitlisted || enrollment.OfferExpiresAtUtc is not { } expires || expires > now)
            {
                return;
            }

            var position = enrollment.WaitlistPosition!.Value;
            enrollment.LetOfferLapse(now);
            await db.SaveChangesAsync(token);
            await scope.ServiceProvider.GetRequiredService<SeatLedger>().LeaveWaitlistAsync(enrollment.OfferingId, position, token);
            if (await scope.ServiceProvider.GetRequiredService<EnrollmentBooks>().ReadAsync(enrollment.OfferingId, token) is { } book)
            {
                await scope.ServiceProvider.GetRequiredService<SeatAllocation>().PassOnSeatAsync(book, token);
            }
        }, cancellationToken);
    }
}
