using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Time;

namespace HealthAiAcademy.UnitTests.Foundation;

public sealed class AcademyTimeTests
{
    // 1 July 2030, 07:00:00.1234567 UTC: 09:00 in Amsterdam (summer time).
    private static readonly DateTime Instant = new DateTime(2030, 7, 1, 7, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);

    [Fact]
    public void A_time_element_gets_the_instant_to_the_second_with_its_Z_as_HTML_allows()
    {
        Assert.Equal("2030-07-01T07:00:00Z", AcademyTime.Machine(Instant));
        Assert.Equal("2030-07-01T07:00:00Z", AcademyTime.Machine(DateTime.SpecifyKind(Instant, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("nl", "maandag 1 juli 2030, 09:00")]
    [InlineData("en", "Monday 1 July 2030, 09:00")]
    public void People_read_Amsterdam_time_in_their_own_language(string language, string expected)
    {
        using (AcademyLanguages.Use(language))
        {
            Assert.Equal(expected, AcademyTime.Format(Instant, "dddd d MMMM yyyy, HH:mm"));
        }
    }

    [Fact]
    public void Rendering_for_a_recipient_leaves_the_caller_s_culture_as_it_was()
    {
        var before = CultureInfo.CurrentUICulture;

        using (AcademyLanguages.Use("nl"))
        {
            Assert.Equal("nl", CultureInfo.CurrentUICulture.Name);
        }

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Theory]
    [InlineData("nl-BE", "nl")]
    [InlineData("EN", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("de", null)]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Only_Dutch_and_English_are_spoken(string? tag, string? expected) =>
        Assert.Equal(expected, AcademyLanguages.Normalize(tag));
}
