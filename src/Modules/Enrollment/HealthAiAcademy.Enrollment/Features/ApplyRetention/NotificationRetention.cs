using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.Enrollment.Features.ApplyRetention;

/// <summary>In-app notifications older than the retention period go; the ledger that they were sent stays (it names nobody).</summary>
internal sealed class NotificationRetention(EnrollmentDbContext db, IConfiguration configuration) : IRetentionRule
{
    public string Name => "Enrollment notifications";

    public Task<int> ApplyAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var before = nowUtc.AddMonths(-PrivacyOptions.From(configuration).NotificationRetentionMonths);
        return db.Notifications.Where(n => n.CreatedAtUtc < before).ExecuteDeleteAsync(cancellationToken);
    }
}
