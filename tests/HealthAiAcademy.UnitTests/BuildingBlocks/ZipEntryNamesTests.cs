using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class ZipEntryNamesTests
{
    [Theory]
    [InlineData(@"CERT-1 ..\..\Windows\System32\evil.pdf", "CERT-1 .._.._Windows_System32_evil.pdf")]
    [InlineData("../../etc/passwd", ".._.._etc_passwd")]
    [InlineData("..", "_")]
    [InlineData("Ana: \"quoted\" <b>|?*.pdf", "Ana_ _quoted_ _b____.pdf")]
    [InlineData("tab\there\u0001.pdf", "tab_here_.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoice_fdp.exe")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("name. . .", "name")]
    [InlineData("Łukasz Şahin-de Vries.pdf", "Łukasz Şahin-de Vries.pdf")]
    public void A_file_name_unpacks_as_one_file_on_every_system(string name, string safe) =>
        Assert.Equal(safe, ZipEntryNames.File(name));

    [Theory]
    [InlineData("assessment/submission-files/../../x.txt", "assessment/submission-files/_/_/x.txt")]
    [InlineData("/absolute/path.json", "absolute/path.json")]
    [InlineData(@"courses\calendar.json", "courses_calendar.json")]
    public void A_path_keeps_the_archives_own_folders_and_nothing_leads_out_of_them(string path, string safe) =>
        Assert.Equal(safe, ZipEntryNames.Path(path));

    [Fact]
    public void A_long_name_is_cut_to_a_length_every_file_system_takes() =>
        Assert.Equal(120, ZipEntryNames.File(new string('a', 300) + ".pdf").Length);
}
