namespace HealthAiAcademy.Tests.Support;

/// <summary>Waits for something asynchronous (an outbox delivery, a job) to become true; fails with a message when it does not.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<Task<bool>> condition, string because, int timeoutSeconds = 30) =>
        TrueAsync(condition, () => because, timeoutSeconds);

    /// <summary>As above, with a message built at the moment of failure (to include the state then).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> because, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out after {timeoutSeconds} s waiting until {because()}.");
    }
}
