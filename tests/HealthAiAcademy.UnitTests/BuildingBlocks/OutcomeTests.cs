using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class OutcomeTests
{
    [Fact]
    public void A_refusal_carries_its_kind_detail_and_field_errors_over_to_another_answer_type()
    {
        var forbidden = Outcome<int>.Forbidden("Only staff.").Refusal<string>();
        var invalid = Outcome<int>.Invalid(new ValidationErrors().Add("title", "Required.")).Refusal<string>();

        Assert.Equal((OutcomeKind.Forbidden, "Only staff."), (forbidden.Kind, forbidden.Detail));
        Assert.Equal(OutcomeKind.Invalid, invalid.Kind);
        Assert.False(invalid.Errors!.IsValid);
    }

    [Fact]
    public void A_success_is_no_refusal() =>
        Assert.Throws<InvalidOperationException>(() => Outcome<int>.Ok(1).Refusal<string>());
}
