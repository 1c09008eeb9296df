using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HealthAiAcademy.Tests.Support;

/// <summary>Debian's aiosmtpd (python3-aiosmtpd, installed by the test script) storing messages in a Maildir; stopped on dispose.</summary>
internal sealed class SmtpServer : IDisposable
{
    private readonly Process process;

    private SmtpServer(Process process, int port, string maildir)
    {
        this.process = process;
        Port = port;
        NewMail = Path.Combine(maildir, "new");
    }

    public int Port { get; }

    /// <summary>Where delivered messages appear, one file each.</summary>
    public string NewMail { get; }

    public int Delivered => Directory.Exists(NewMail) ? Directory.GetFiles(NewMail).Length : 0;

    /// <param name="startTls">A certificate and key (PEM files): the server then offers STARTTLS and refuses mail without it.</param>
    public static SmtpServer Start(string maildir, (string CertificatePem, string KeyPem)? startTls = null)
    {
        var port = FreePort();
        List<string> arguments = ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox"];
        if (startTls is { } tls)
        {
            arguments.AddRange(["--tlscert", tls.CertificatePem, "--tlskey", tls.KeyPem]);
        }

        arguments.Add(maildir);
        var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", arguments) { RedirectStandardError = true })!;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient("127.0.0.1", port);
                return new SmtpServer(process, port, maildir);
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    Assert.Fail("aiosmtpd stopped: " + process.StandardError.ReadToEnd());
                }

                Thread.Sleep(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("aiosmtpd did not start listening within 15 s.");
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
