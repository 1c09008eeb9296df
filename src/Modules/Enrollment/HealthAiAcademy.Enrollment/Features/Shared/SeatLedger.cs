using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>
/// Seats and waitlist positions change only through these conditional updates, inside the caller's transaction.
/// The database decides (one row, one atomic UPDATE ... WHERE seats are free), so parallel requests can never
/// overbook, on SQLite (one writer at a time) and on SQL Server (the updated row stays locked until commit).
/// </summary>
internal sealed class SeatLedger(EnrollmentDbContext db)
{
    public async Task<bool> TryTakeSeatAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await db.Books
            .Where(b => b.OfferingId == offeringId && (b.Capacity == null || b.SeatsTaken < b.Capacity))
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.SeatsTaken, b => b.SeatsTaken + 1), cancellationToken) == 1;

    public Task ReleaseSeatAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.Books
            .Where(b => b.OfferingId == offeringId && b.SeatsTaken > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.SeatsTaken, b => b.SeatsTaken - 1), cancellationToken);

    /// <returns>The new person's position: one after the last.</returns>
    public async Task<int> JoinWaitlistAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        await db.Books.Where(b => b.OfferingId == offeringId)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.WaitlistLength, b => b.WaitlistLength + 1), cancellationToken);
        return await db.Books.Where(b => b.OfferingId == offeringId).Select(b => b.WaitlistLength).SingleAsync(cancellationToken);
    }

    /// <summary>Closes the gap a leaver at <paramref name="position"/> leaves: everyone behind moves up one.</summary>
    public async Task LeaveWaitlistAsync(Guid offeringId, int position, CancellationToken cancellationToken)
    {
        await db.Books.Where(b => b.OfferingId == offeringId && b.WaitlistLength > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.WaitlistLength, b => b.WaitlistLength - 1), cancellationToken);
        await db.Enrollments
            .Where(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Waitlisted && e.WaitlistPosition > position)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.WaitlistPosition, e => e.WaitlistPosition - 1), cancellationToken);
    }
}
