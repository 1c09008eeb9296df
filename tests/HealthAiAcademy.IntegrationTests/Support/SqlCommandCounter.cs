using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthAiAcademy.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core executes against one test host's databases (its SQLite files, by their folder), so
/// other test classes running in the same process do not count. A host's background jobs can only add commands: the
/// minimum over a few requests is the request's own count.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string dataDirectory;
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private int count;

    private SqlCommandCounter(string dataDirectory)
    {
        this.dataDirectory = dataDirectory;
        subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    // EF Core asks whether anyone listens to its diagnostics at most once a second per context (its logging cache time), and
    // pooled contexts live across requests: a new counter counts every command only once that second has passed.
    private static readonly TimeSpan ListeningNoticed = TimeSpan.FromSeconds(1.2);

    public static async Task<int> MinimumOverAsync(AcademyFactory host, int runs, Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(host.DataDirectory);
        await Task.Delay(ListeningNoticed);
        var minimum = int.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            minimum = Math.Min(minimum, (await counter.CountAsync(request)).Commands);
        }

        return minimum;
    }

    /// <summary>The commands of one successful request (background jobs may add to them) and its body.</summary>
    public static async Task<(int Commands, string Body)> CountAsync(AcademyFactory host, Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCommandCounter(host.DataDirectory);
        await Task.Delay(ListeningNoticed);
        return await counter.CountAsync(request);
    }

    private async Task<(int Commands, string Body)> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var before = Volatile.Read(ref count);
        using var response = await request();
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {body}");
        }

        return (Volatile.Read(ref count) - before, body);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == Microsoft.EntityFrameworkCore.DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection?.DataSource is { } source && source.StartsWith(dataDirectory, StringComparison.Ordinal))
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
