using HealthAiAcademy.Courses.Features.ListOfferings;

namespace HealthAiAcademy.UnitTests.Courses;

public sealed class CatalogSearchTests
{
    [Theory]
    [InlineData("Summer JRN-2845", true)]
    [InlineData("summer   ai", true)]
    [InlineData("jrn-2845 journey", true)]
    [InlineData("reanimatie", true)]
    [InlineData("RÉANIMATIE", true)]
    [InlineData("imaging", true)]
    [InlineData("summer winter", false)]
    [InlineData("JRN-2846", false)]
    public void Every_word_must_be_found_in_title_summary_code_or_topics_whatever_its_case_or_accents(string query, bool found) =>
        Assert.Equal(found, CatalogSearch.Matches(CatalogSearch.Words(query), CatalogSearch.SearchText("Journey Summer AI JRN-2845", "Réanimatie en AI op de IC", "JRN-2845", "Medical imaging AI")));

    [Fact]
    public void A_query_of_only_spaces_has_no_words() => Assert.Empty(CatalogSearch.Words("   "));

    [Fact]
    public void Folding_keeps_letters_and_drops_diacritics() => Assert.Equal("lukasz sahin-de vries, ceeacute", CatalogSearch.Fold("Łukasz Şahin-de Vries, Céeacute"));
}
