using System.Diagnostics;

namespace HealthAiAcademy.Benchmarks;

/// <summary>Sends GET requests from a fixed number of concurrent connections for a fixed time; bounded in count and time.</summary>
internal static class LoadDriver
{
    public sealed record Result(string Url, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms)
    {
        public double P95Ms { get; init; }
    }

    public static Task<Result> RunAsync(Uri baseAddress, string url, int connections, TimeSpan duration, int maxRequests = 2_000_000) =>
        RunAsync(baseAddress, [url], [], connections, duration, maxRequests);

    /// <summary>Each request takes the next of <paramref name="urls"/> and, when there are any, the next of <paramref name="bearers"/> (people signed in).</summary>
    public static Task<Result> RunAsync(
        Uri baseAddress, IReadOnlyList<string> urls, IReadOnlyList<System.Net.Http.Headers.AuthenticationHeaderValue> bearers, int connections, TimeSpan duration,
        int maxRequests = 2_000_000) =>
        RunAsync(baseAddress, urls, (request, n) => request.Headers.Authorization = bearers.Count == 0 ? null : bearers[n % bearers.Count], connections, duration, maxRequests);

    /// <summary>Each request takes the next of <paramref name="urls"/>, and <paramref name="signIn"/> adds whose request it is (a bearer token, a cookie).</summary>
    public static async Task<Result> RunAsync(
        Uri baseAddress, IReadOnlyList<string> urls, Action<HttpRequestMessage, int> signIn, int connections, TimeSpan duration, int maxRequests = 2_000_000)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        HttpRequestMessage Request(int n)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, urls[n % urls.Count]);
            signIn(request, n);
            return request;
        }

        (await client.SendAsync(Request(0))).EnsureSuccessStatusCode();
        var latencies = new List<double>[connections];
        var errors = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            int n;
            while (clock.Elapsed < duration && (n = Interlocked.Increment(ref issued)) <= maxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(Request(n), HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Result(urls.Count == 1 ? urls[0] : $"{urls.Count} URLs", all.Count, errors, all.Count / elapsed, Percentile(all, 0.50), Percentile(all, 0.99))
        {
            P95Ms = Percentile(all, 0.95),
        };
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
