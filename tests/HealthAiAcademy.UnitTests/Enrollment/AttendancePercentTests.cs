using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;

namespace HealthAiAcademy.UnitTests.Enrollment;

public sealed class AttendancePercentTests
{
    [Theory]
    [InlineData(new[] { AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Absent }, 66)]
    [InlineData(new[] { AttendanceStatus.Present, AttendanceStatus.Excused }, 100)]
    [InlineData(new[] { AttendanceStatus.Absent, AttendanceStatus.Excused }, 0)]
    [InlineData(new[] { AttendanceStatus.Excused }, 100)]
    [InlineData(new AttendanceStatus[0], 100)]
    public void Excused_sessions_count_neither_way_and_the_share_rounds_down(AttendanceStatus[] statuses, int expected) =>
        Assert.Equal(expected, CompletionEvaluator.AttendancePercent(statuses));
}
