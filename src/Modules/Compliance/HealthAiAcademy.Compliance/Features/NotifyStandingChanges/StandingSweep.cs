using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.Compliance.Features.NotifyStandingChanges;

/// <summary>
/// Every five minutes, everyone's answers recalculated, so changes that no certificate event carries (a move, a new
/// requirement, an overseer assigned, a date passing) are pushed too; certificate events recalculate their holder at once.
/// </summary>
internal sealed class StandingSweep(ComplianceDbContext db, StandingRecalculation recalculation, ILogger<StandingSweep> logger)
{
    public const string JobId = "compliance-standings";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.InTransactionAsync(token => recalculation.StageAsync(null, token), _ => true, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueKeyViolation())
        {
            // Another host recalculated the same answers at the same moment and announced them; nothing is left to do.
            logger.LogInformation("Standings were recalculated by another run at the same time");
            return 0;
        }
    }
}
