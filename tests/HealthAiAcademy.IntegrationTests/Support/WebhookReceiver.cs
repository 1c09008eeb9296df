using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace HealthAiAcademy.Tests.Support;

/// <summary>A hospital system's webhook endpoint on a loopback port: it keeps what it receives and answers 204.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<Delivery> received = new();

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hooks/academy/";
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(ListenAsync);
    }

    public string Url { get; }

    public IReadOnlyList<Delivery> Received => [.. received];

    public void Dispose() => listener.Close();

    private async Task ListenAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            received.Enqueue(new Delivery(context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!), body, JsonDocument.Parse(body).RootElement.Clone()));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    internal sealed record Delivery(IReadOnlyDictionary<string, string> Headers, string Body, JsonElement Json);
}
