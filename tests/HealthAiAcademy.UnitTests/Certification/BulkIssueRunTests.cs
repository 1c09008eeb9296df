using HealthAiAcademy.Certification.Domain;

namespace HealthAiAcademy.UnitTests.Certification;

public sealed class BulkIssueRunTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(10);

    [Fact]
    public void A_run_is_stalled_only_while_open_and_silent_for_longer_than_the_limit()
    {
        var queued = new BulkIssueRun(Guid.NewGuid(), Guid.NewGuid(), false, Guid.NewGuid(), Now.AddMinutes(-11));
        var busy = new BulkIssueRun(Guid.NewGuid(), Guid.NewGuid(), false, Guid.NewGuid(), Now.AddHours(-1));
        busy.Start(100, Now.AddHours(-1));
        busy.Step(true, Now.AddMinutes(-1));
        var finished = new BulkIssueRun(Guid.NewGuid(), Guid.NewGuid(), false, Guid.NewGuid(), Now.AddHours(-1));
        finished.Finish(Now.AddHours(-1));

        Assert.True(queued.IsStalled(Now, After));
        Assert.False(busy.IsStalled(Now, After));
        Assert.False(finished.IsStalled(Now, After));
    }

    [Fact]
    public void A_stalled_run_is_queued_again_a_few_times_then_fails_with_the_reason()
    {
        var run = new BulkIssueRun(Guid.NewGuid(), Guid.NewGuid(), false, Guid.NewGuid(), Now.AddHours(-1));

        var resumes = Enumerable.Range(0, BulkIssueRun.MaxResumes + 1).Select(_ => run.ResumeOrFail(Now)).ToList();

        Assert.Equal([.. Enumerable.Repeat(true, BulkIssueRun.MaxResumes), false], resumes);
        Assert.Equal(BulkIssueState.Failed, run.State);
        Assert.NotNull(run.Error);
        Assert.False(run.IsStalled(Now.AddDays(1), After));
    }
}
