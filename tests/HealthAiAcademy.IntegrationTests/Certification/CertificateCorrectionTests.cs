using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace HealthAiAcademy.IntegrationTests.Certification;

public sealed class CertificateCorrectionTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task After_a_name_correction_the_reissued_certificate_carries_the_new_name_and_the_old_one_is_superseded()
    {
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await CompletedOffering.CreateAsync(factory, [participant]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var original = (await CoursesApi.JsonAsync(await participant.GetAsync("/api/certification/me/certificates")))[0];
        Assert.Equal("Łukasz Şahin-de Vries", original.GetProperty("holderName").GetString());

        var corrected = await participant.PutAsJsonAsync("/api/auth/me", new { fullName = "Łukasz Şahin-van der Vries", registrationNumber = "19012345601" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var reissued = await CoursesApi.JsonAsync(await coordinator.PostAsync($"/api/certification/certificates/{original.GetProperty("id").GetGuid()}/reissue", null));
        var pdf = await participant.GetByteArrayAsync($"/api/certification/certificates/{reissued.GetProperty("id").GetGuid()}/pdf");
        var mine = await CoursesApi.JsonAsync(await participant.GetAsync("/api/certification/me/certificates"));

        Assert.Equal("Łukasz Şahin-van der Vries", reissued.GetProperty("holderName").GetString());
        Assert.NotEqual(original.GetProperty("number").GetString(), reissued.GetProperty("number").GetString());
        using (var document = PdfDocument.Open(pdf))
        {
            var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Şahin-van", words);
            Assert.Contains("19012345601", words);
        }

        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("status").GetString() == "Superseded");
        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("status").GetString() == "Valid");
        await (await coordinator.PostAsync($"/api/certification/certificates/{original.GetProperty("id").GetGuid()}/reissue", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public void A_minor_certificate_prints_the_transcript_of_results_and_the_ECTS()
    {
        var renderer = Renderer();
        var certificate = new Certificate(Guid.NewGuid(), "HAIA-2027-ABCDEFGH", "0123456789ABCDEFGHJKMNPQ", Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow)
        {
            Template = CertificateTemplate.Transcript, HolderName = "Zoë Özdemir", OfferingTitle = "Data Wise", CourseCode = "DW-MINOR", OfferingKind = "University minor",
            Delivery = "In person", Location = "Faculty of Medicine", StartDate = new DateOnly(2027, 2, 22), EndDate = new DateOnly(2027, 5, 23),
            CompletedOn = new DateOnly(2027, 5, 23), StudyLoadHours = 420, Ects = 15, AttendancePercent = 95, Institution = "Health AI Academy",
            Signatory = "Programme director", SignatoryTitle = "Health AI Academy", FinalScorePercent = 78.5,
            Transcript = [new TranscriptLine { Title = "Capstone project", Weight = 3, ScorePercent = 81, Passed = true }, new TranscriptLine { Title = "Statistics exam", Weight = 1, ScorePercent = 71, Passed = true }],
        };

        var pdf = renderer.Render(certificate, "http://localhost:5000/verify/0123456789ABCDEFGHJKMNPQ");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Certificate of Completion and Transcript", text);
        Assert.Contains("15 ECTS", text);
        Assert.Contains("Capstone project: 81% (passed)", text);
        Assert.Contains("Final weighted score: 78.5%", text);
        Assert.Contains("Zoë Özdemir", text);
    }

    [Fact]
    public void A_certificate_is_printed_in_its_language_with_dates_and_numbers_in_that_culture()
    {
        var renderer = Renderer();
        var certificate = new Certificate(Guid.NewGuid(), "HAIA-2027-ABCDEFGH", "0123456789ABCDEFGHJKMNPQ", Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow)
        {
            Template = CertificateTemplate.Transcript, Language = "nl", HolderName = "Zoë Özdemir", OfferingTitle = "Data Wise", CourseCode = "DW-MINOR",
            OfferingKind = "Universitaire minor", Delivery = "Op locatie", StartDate = new DateOnly(2027, 2, 22), EndDate = new DateOnly(2027, 5, 23),
            CompletedOn = new DateOnly(2027, 5, 23), StudyLoadHours = 420, Ects = 15, AttendancePercent = 95, Institution = "Health AI Academy",
            Signatory = "Programme director", SignatoryTitle = "Health AI Academy", FinalScorePercent = 78.5,
            Transcript = [new TranscriptLine { Title = "Capstone project", Weight = 3, ScorePercent = 81, Passed = true }],
        };
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        var pdf = renderer.Render(certificate, "http://localhost:5000/verify/0123456789ABCDEFGHJKMNPQ");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Certificaat met cijferlijst", text);
        Assert.Contains("Hierbij wordt verklaard dat", text);
        Assert.Contains("22 februari 2027", text);
        Assert.Contains("420 uur studielast", text);
        Assert.Contains("Capstone project: 81% (voldoende)", text);
        Assert.Contains("Gewogen eindscore: 78,5%", text);
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    private static PdfSharpCertificateRenderer Renderer() => new(
        new HealthAiAcademy.BuildingBlocks.Pdf.PdfDocuments(Options.Create(new HealthAiAcademy.BuildingBlocks.Pdf.PdfOptions())),
        new Microsoft.Extensions.Localization.StringLocalizer<HealthAiAcademy.Certification.Resources.CertificationText>(
            new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)));
}
