using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.RecordTraining;

/// <summary>A certificate was issued: the holder has completed the course, until the certificate's own expiry.</summary>
internal sealed class CertificateIssuedHandler(ComplianceDbContext db, TimeProvider clock)
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
    }
}

/// <summary>A revoked certificate proves nothing from the moment it was revoked.</summary>
internal sealed class CertificateRevokedHandler(ComplianceDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<CertificateRevokedIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CertificateRevokedIntegrationEvent revoked, CancellationToken cancellationToken)
    {
        if (await Context.TrainingRecords.SingleOrDefaultAsync(r => r.CertificateId == revoked.CertificateId, cancellationToken) is { } record)
        {
            record.Withdraw(revoked.OccurredAtUtc);
        }
    }
}

internal sealed class CertificateExpiredHandler(ComplianceDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<CertificateExpiredIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CertificateExpiredIntegrationEvent expired, CancellationToken cancellationToken)
    {
        if (await Context.TrainingRecords.SingleOrDefaultAsync(r => r.CertificateId == expired.CertificateId, cancellationToken) is { } record)
        {
            record.Expire(expired.ExpiredOn);
        }
    }
}
