namespace HealthAiAcademy.Certification.Contracts;

/// <summary>What other modules may ask Certification.</summary>
public interface ICertificateDirectory
{
    /// <summary>Per offering, the certificates that stand (issued, not revoked nor replaced).</summary>
    Task<IReadOnlyDictionary<Guid, int>> ValidCountsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);
}
