namespace HealthAiAcademy.Compliance.Contracts;

/// <summary>What other modules may ask Compliance about a person's obligations (My learning shows the count).</summary>
public interface IObligationDirectory
{
    Task<ObligationSummary> SummaryAsync(Guid userId, CancellationToken cancellationToken);
}

/// <param name="Required">Requirements that apply to the person today.</param>
/// <param name="Open">Of them, those missing or expired.</param>
/// <param name="ExpiringSoon">Of them, those met but lapsing within 60 days.</param>
public sealed record ObligationSummary(int Required, int Open, int ExpiringSoon);
