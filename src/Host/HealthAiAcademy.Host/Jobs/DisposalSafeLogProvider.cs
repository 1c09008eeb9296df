using Hangfire.Logging;

namespace HealthAiAcademy.Host.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a static. When a host in the same process is disposed (integration tests start several),
/// its logger factory throws ObjectDisposedException inside Hangfire's workers of the other hosts; this drops such log calls instead.
/// </summary>
internal sealed class DisposalSafeLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name) => new SafeLog(inner, name);

    private sealed class SafeLog(ILogProvider inner, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.GetLogger(name).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
