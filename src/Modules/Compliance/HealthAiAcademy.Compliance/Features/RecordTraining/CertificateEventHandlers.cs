using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.NotifyStandingChanges;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RecordTraining;

/// <summary>A certificate was issued: the holder has completed the course, until the certificate's own expiry.</summary>
internal sealed class CertificateIssuedHandler(ComplianceDbContext db, StandingRecalculation standings, TimeProvider clock)
    : InboxIntegrationEventHandler<CertificateIssuedIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CertificateIssuedIntegrationEvent issued, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        if (!await Context.TrainingRecords.AnyAsync(r => r.CertificateId == issued.CertificateId, cancellationToken))
        {
            Context.TrainingRecords.Add(new TrainingRecord(issued.CertificateId, issued.UserId, issued.CourseId, issued.CourseCode, issued.Title,
                issued.CompletedOn, issued.ExpiresOn, issued.LearningOutcomes, now));
        }

        if (issued.Supersedes is { } replaced && await Context.TrainingRecords.SingleOrDefaultAsync(r => r.CertificateId == replaced, cancellationToken) is { } old)
        {
            old.Withdraw(now);
        }

        await Context.SaveChangesAsync(cancellationToken);
        await standings.StageAsync([issued.UserId], cancellationToken);
    }
}

/// <summary>A revoked certificate proves nothing from the moment it was revoked; the status API's answers for its holder change at once.</summary>
internal sealed class CertificateRevokedHandler(ComplianceDbContext db, StandingRecalculation standings, TimeProvider clock)
    : InboxIntegrationEventHandler<CertificateRevokedIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CertificateRevokedIntegrationEvent revoked, CancellationToken cancellationToken)
    {
        if (await Context.TrainingRecords.SingleOrDefaultAsync(r => r.CertificateId == revoked.CertificateId, cancellationToken) is { } record)
        {
            record.Withdraw(revoked.OccurredAtUtc);
            await Context.SaveChangesAsync(cancellationToken);
            await standings.StageAsync([revoked.UserId], cancellationToken);
        }
    }
}

internal sealed class CertificateExpiredHandler(ComplianceDbContext db, StandingRecalculation standings, TimeProvider clock)
    : InboxIntegrationEventHandler<CertificateExpiredIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CertificateExpiredIntegrationEvent expired, CancellationToken cancellationToken)
    {
        if (await Context.TrainingRecords.SingleOrDefaultAsync(r => r.CertificateId == expired.CertificateId, cancellationToken) is { } record)
        {
            record.Expire(expired.ExpiredOn);
            await Context.SaveChangesAsync(cancellationToken);
            await standings.StageAsync([expired.UserId], cancellationToken);
        }
    }
}
