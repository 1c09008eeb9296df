using System.Diagnostics;

namespace HealthAiAcademy.Benchmarks;

/// <summary>
/// Counts the SQL commands EF Core executes in this process (every module's DbContext and Identity) through its diagnostic
/// events. Background jobs can only add commands, so the minimum over a few runs is the request's own count.
/// </summary>
internal sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string CommandExecuted = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";

    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private int count;

    private QueryCounter() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public static async Task<int> MinimumOverAsync(int runs, Func<Task<HttpResponseMessage>> request)
    {
        var minimum = int.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            using var counter = new QueryCounter();
            using var response = await request();
            response.EnsureSuccessStatusCode();
            minimum = Math.Min(minimum, counter.count);
        }

        return minimum;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this, name => name == CommandExecuted));
            }
        }
    }

    /// <summary>A listener receives every event some subscriber enabled, so the name is checked here, not only in the subscription.</summary>
    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuted)
        {
            Interlocked.Increment(ref count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
