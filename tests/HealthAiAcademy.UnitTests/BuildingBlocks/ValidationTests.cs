using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class ValidationTests
{
    [Fact]
    public void Paging_defaults_apply_and_out_of_range_values_are_named()
    {
        var fine = new ValidationErrors();
        var (page, size) = PageRequest.Validate(null, null, fine);
        var bad = new ValidationErrors();
        PageRequest.Validate(0, 101, bad);

        Assert.True(fine.IsValid);
        Assert.Equal((1, PageRequest.DefaultPageSize), (page, size));
        Assert.Equal(["page", "pageSize"], bad.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Several_messages_for_one_field_are_all_kept()
    {
        var errors = new ValidationErrors().Add("password", "too short").Add("password", "needs a digit");

        Assert.Equal(["too short", "needs a digit"], errors.ToDictionary()["password"]);
    }
}
