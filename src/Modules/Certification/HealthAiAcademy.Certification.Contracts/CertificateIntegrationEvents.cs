using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Certification.Contracts;

/// <summary>A certificate was issued (after a completion, or as the reissue of an earlier one); raised once per certificate.</summary>
public sealed record CertificateIssuedIntegrationEvent : IntegrationEvent
{
    public required Guid CertificateId { get; init; }

    public required Guid UserId { get; init; }

    public required Guid CourseId { get; init; }

    public required Guid OfferingId { get; init; }

    public required string CourseCode { get; init; }

    public required string Title { get; init; }

    /// <summary>The day the holder completed (Amsterdam date).</summary>
    public required DateOnly CompletedOn { get; init; }

    /// <summary>The last day the certificate is valid, for courses that must be renewed; null when it does not expire.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>What the course taught, as the certificate states it (an AI-literacy report lists the measures taken).</summary>
    public IReadOnlyList<string> LearningOutcomes { get; init; } = [];

    /// <summary>The certificate this one replaces (a reissue after a correction): from now on that one does not count.</summary>
    public Guid? Supersedes { get; init; }
}

/// <summary>A certificate was revoked: it no longer proves the completion.</summary>
public sealed record CertificateRevokedIntegrationEvent : IntegrationEvent
{
    public required Guid CertificateId { get; init; }

    public required Guid UserId { get; init; }

    public required string Reason { get; init; }
}

/// <summary>A certificate passed its last valid day; raised once, the day after.</summary>
public sealed record CertificateExpiredIntegrationEvent : IntegrationEvent
{
    public required Guid CertificateId { get; init; }

    public required Guid UserId { get; init; }

    public required DateOnly ExpiredOn { get; init; }
}
