using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.BuildingBlocks.Time;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData("2027-07-05T09:00", "2027-07-05T07:00:00")]
    [InlineData("2027-01-05T09:00", "2027-01-05T08:00:00")]
    [InlineData("2027-07-05T09:00Z", "2027-07-05T09:00:00")]
    [InlineData("2027-07-05T09:00+05:00", "2027-07-05T04:00:00")]
    [InlineData("2027-10-31T02:30", "2027-10-31T01:30:00")] // the hour the clocks go back: taken as winter time
    public void Amsterdam_wall_clock_times_become_UTC_and_explicit_offsets_are_kept(string input, string expectedUtc)
    {
        var errors = new ValidationErrors();

        var utc = LocalTime.ToUtc(input, "startsAt", LocalTime.Zone(null, errors), errors);

        Assert.True(errors.IsValid);
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), utc);
    }

    [Fact]
    public void A_time_the_clocks_skip_is_refused_with_a_reason()
    {
        var errors = new ValidationErrors();

        var utc = LocalTime.ToUtc("2027-03-28T02:30", "startsAt", LocalTime.Zone(null, errors), errors);

        Assert.Null(utc);
        Assert.Contains("clocks go forward", errors.ToDictionary()["startsAt"][0]);
    }
}
