using System.Diagnostics;

namespace HealthAiAcademy.Benchmarks;

/// <summary>Samples the process's working set and managed heap every 10 ms while a scenario runs; reports the peaks in MB.</summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peakWorkingSet;
    private long peakManaged;

    public PeakSampler() => sampling = Task.Run(SampleAsync);

    public (double WorkingSetMb, double ManagedMb) Stop()
    {
        stop.Cancel();
        sampling.Wait();
        return (peakWorkingSet / 1_048_576.0, peakManaged / 1_048_576.0);
    }

    public void Dispose() => stop.Dispose();

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
            try
            {
                await Task.Delay(10, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
