using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HealthAiAcademy.Tests.Support;

/// <summary>
/// The real host as its own operating-system process on Kestrel, as production runs it: for tests of what only separate
/// processes show (two hosts on one data folder, a process killed mid-request).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private readonly string name;
    private Process? process;

    public HostProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        this.name = name;
        Port = FreePort();
        environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "None",
        };
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>What the process wrote, for the message of a failing test.</summary>
    public System.Text.StringBuilder Output { get; } = new();

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [HostAssembly()])
        {
            WorkingDirectory = Path.GetDirectoryName(HostAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode is HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{name} was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks; what was not committed is gone.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (Output)
            {
                Output.AppendLine($"[{name}] {line}");
            }
        }
    }

    /// <summary>The host built next to this test assembly, in the same configuration (Release in CI).</summary>
    private static string HostAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "src", "Host", "HealthAiAcademy.Host", "bin", configuration, "net10.0", "HealthAiAcademy.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the host is started from its build output.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
