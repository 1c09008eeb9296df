using Hangfire;
using HealthAiAcademy.BuildingBlocks.Outbox;

namespace HealthAiAcademy.Host.Jobs;

/// <summary>On start, delivers whatever a previous process committed but did not get to deliver (it may have stopped in between).</summary>
internal sealed class StartupSweep(IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<OutboxDispatcher>(dispatcher => dispatcher.SweepAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
