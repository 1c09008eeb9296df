using System.Diagnostics;
using System.Net.Http.Headers;

namespace HealthAiAcademy.Benchmarks;

/// <summary>Sends a fixed list of requests from a fixed number of concurrent connections, as fast as the host answers.</summary>
internal static class BurstDriver
{
    public sealed record Result(int Requests, int Errors, double Seconds, double RequestsPerSecond, double P50Ms, double P99Ms);

    public static async Task<Result> RunAsync(Uri baseAddress, IReadOnlyList<Func<HttpRequestMessage>> requests, int connections)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var latencies = new double[requests.Count];
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(requests[index]());
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        return new Result(requests.Count, errors, seconds, requests.Count / seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static AuthenticationHeaderValue Bearer(HttpClient mintedClient) => mintedClient.DefaultRequestHeaders.Authorization!;
}
