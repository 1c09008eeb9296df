using HealthAiAcademy.BuildingBlocks.Pdf;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class PdfSharpFontsTests
{
    [Fact]
    public void Every_host_of_a_process_uses_the_same_font_folders_and_a_different_request_is_refused()
    {
        var standard = new PdfOptions().FontDirectories;

        PdfSharpFonts.Use(standard);
        PdfSharpFonts.Use([.. standard, .. standard]);
        var refused = Assert.Throws<InvalidOperationException>(() => PdfSharpFonts.Use(["/opt/other-fonts"]));

        Assert.Contains("/opt/other-fonts", refused.Message);
    }
}
