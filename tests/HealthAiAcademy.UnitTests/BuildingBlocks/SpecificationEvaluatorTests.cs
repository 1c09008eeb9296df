using HealthAiAcademy.BuildingBlocks.Specifications;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class SpecificationEvaluatorTests
{
    private sealed record Item(int Id, string Group, int Rank);

    private sealed class GroupPage : Specification<Item>
    {
        public GroupPage(string group, int page, int pageSize)
        {
            Where(i => i.Group == group);
            OrderByDescending(i => i.Rank);
            OrderBy(i => i.Id);
            Page(page, pageSize);
        }
    }

    private static readonly Item[] Items =
    [
        new(1, "a", 5), new(2, "a", 9), new(3, "b", 7), new(4, "a", 9), new(5, "a", 1), new(6, "a", 3),
    ];

    [Fact]
    public void Applies_criteria_then_order_with_tie_breaks_then_the_page()
    {
        var firstPage = Items.AsQueryable().WithSpecification(new GroupPage("a", 1, 2)).Select(i => i.Id).ToList();
        var secondPage = Items.AsQueryable().WithSpecification(new GroupPage("a", 2, 2)).Select(i => i.Id).ToList();

        Assert.Equal([2, 4], firstPage);
        Assert.Equal([1, 6], secondPage);
    }

    [Fact]
    public void Without_paging_counts_every_match()
    {
        var count = Items.AsQueryable().WithSpecification(new GroupPage("a", 3, 2), applyPaging: false).Count();

        Assert.Equal(5, count);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    public void Refuses_impossible_pages(int page, int pageSize) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupPage("a", page, pageSize));
}
