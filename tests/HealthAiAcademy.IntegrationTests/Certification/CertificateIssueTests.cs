using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HealthAiAcademy.IntegrationTests.Certification;

public sealed class CertificateIssueTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Completion_issues_one_certificate_whose_PDF_states_the_name_title_points_and_code_and_downloads_identically()
    {
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await CompletedOffering.CreateAsync(factory, [participant]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);

        var mine = await CoursesApi.JsonAsync(await participant.GetAsync("/api/certification/me/certificates"));
        var certificate = mine.EnumerateArray().Single(c => c.GetProperty("offeringId").GetGuid() == offeringId);
        var id = certificate.GetProperty("id").GetGuid();
        var first = await participant.GetByteArrayAsync($"/api/certification/certificates/{id}/pdf");
        var second = await participant.GetByteArrayAsync($"/api/certification/certificates/{id}/pdf");
        var code = certificate.GetProperty("verificationUrl").GetString()!.Split('/').Last();

        Assert.Equal(first, second);
        Assert.Equal(certificate.GetProperty("pdfSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(first)));
        Assert.True(first.Length <= 100 * 1024, $"{first.Length} bytes");
        using (var pdf = PdfDocument.Open(first))
        {
            var page = pdf.GetPage(1);
            var words = page.GetWords().Select(w => w.Text).ToList();
            var text = string.Join(' ', words);
            Assert.Contains("Łukasz", words);
            Assert.Contains("Şahin-de", words);
            Assert.Contains("Data Science and AI in Health", text);
            Assert.Contains("GAIA/KNMG 8.5 points", text);
            Assert.Contains(code, words);
            Assert.Contains(certificate.GetProperty("number").GetString()!, words);
            Assert.True(page.Width > page.Height, "A4 landscape");
            Assert.Equal($"Certificate {certificate.GetProperty("number").GetString()}", pdf.Information.Title);
        }

        await AssertQpdfFindsNothingAsync(first);
        Assert.Equal(120 / 5, code.Length);
        var classmate = factory.CreateClientForUser(Guid.NewGuid());
        await (await classmate.GetAsync($"/api/certification/certificates/{id}/pdf")).AssertProblemAsync(HttpStatusCode.NotFound);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/certification/certificates/{id}/pdf")).StatusCode);
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        await (await instructor.GetAsync($"/api/certification/certificates/{id}/pdf")).AssertProblemAsync(HttpStatusCode.NotFound);

        var enrollmentId = await factory.WithScopeAsync<CertificationDbContext, Guid>(db => db.Certificates.Where(c => c.Id == id).Select(c => c.EnrollmentId).SingleAsync());
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        var duplicate = new EnrollmentCompletedIntegrationEvent
        {
            OccurredAtUtc = DateTime.UtcNow, EnrollmentId = enrollmentId, OfferingId = offeringId, UserId = await CoursesApi.UserIdAsync(participant),
            AttendancePercent = 100, CompletedAtUtc = DateTime.UtcNow,
        };
        await dispatcher.PublishAsync(duplicate, CancellationToken.None);
        await dispatcher.PublishAsync(duplicate with { Id = Guid.NewGuid() }, CancellationToken.None);
        Assert.Equal(1, await factory.WithScopeAsync<CertificationDbContext, int>(db => db.Certificates.CountAsync(c => c.EnrollmentId == enrollmentId)));

        var cpd = await CoursesApi.JsonAsync(await participant.GetAsync("/api/certification/me/cpd"));
        Assert.Contains(cpd.EnumerateArray(), line => line.GetProperty("registry").GetString() == "GAIA/KNMG" && line.GetProperty("points").GetDouble() >= 8.5);
    }

    [Fact]
    public async Task Verification_is_public_shows_what_is_printed_and_follows_revocation_and_reissue()
    {
        // The demo participant is a medical specialist: the course's GAIA points are theirs.
        var participantId = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("participant@demo.local"));
        var offeringId = await CompletedOffering.CreateAsync(factory, [factory.CreateClientForUser(participantId)]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var (id, code) = await factory.WithScopeAsync<CertificationDbContext, (Guid, string)>(async db =>
            await db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => new ValueTuple<Guid, string>(c.Id, c.VerificationCode)).SingleAsync());
        var anonymous = factory.CreateClient();
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var valid = await CoursesApi.JsonAsync(await anonymous.GetAsync($"/api/certification/verify/{code.ToLowerInvariant()}"));
        var unknown = await anonymous.GetAsync($"/api/certification/verify/{new string('A', 24)}");
        var participantRevokes = await factory.CreateClientForUser(participantId).PostAsJsonAsync($"/api/certification/certificates/{id}/revoke", new { reason = "mine" });
        var noReason = await coordinator.PostAsJsonAsync($"/api/certification/certificates/{id}/revoke", new { reason = " " });
        var reissued = await CoursesApi.JsonAsync(await coordinator.PostAsync($"/api/certification/certificates/{id}/reissue", null));
        var superseded = await CoursesApi.JsonAsync(await anonymous.GetAsync($"/api/certification/verify/{code}"));
        var newCode = reissued.GetProperty("verificationUrl").GetString()!.Split('/').Last();
        var revoked = await coordinator.PostAsJsonAsync($"/api/certification/certificates/{reissued.GetProperty("id").GetGuid()}/revoke", new { reason = "Attendance was recorded in error" });
        var afterRevocation = await CoursesApi.JsonAsync(await anonymous.GetAsync($"/api/certification/verify/{newCode}"));
        var revokeAgain = await coordinator.PostAsJsonAsync($"/api/certification/certificates/{reissued.GetProperty("id").GetGuid()}/revoke", new { reason = "Again" });

        Assert.Equal("Valid", valid.GetProperty("status").GetString());
        Assert.Equal("Data Science and AI in Health", valid.GetProperty("offeringTitle").GetString());
        Assert.Equal(8.5, valid.GetProperty("points")[0].GetProperty("points").GetDouble());
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, participantRevokes.StatusCode);
        await noReason.AssertValidationProblemAsync("reason");
        Assert.Equal("Superseded", superseded.GetProperty("status").GetString());
        Assert.Equal(reissued.GetProperty("number").GetString(), superseded.GetProperty("supersededByNumber").GetString());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("Revoked", afterRevocation.GetProperty("status").GetString());
        Assert.Equal("Attendance was recorded in error", afterRevocation.GetProperty("revocationReason").GetString());
        await revokeAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, await factory.WithScopeAsync<CertificationDbContext, int>(db => db.Certificates.CountAsync(c => c.OfferingId == offeringId)));
    }

    [Fact]
    public async Task Verification_is_rate_limited_per_client()
    {
        await using var limited = AcademyFactory.Create(null, new Dictionary<string, string?> { ["RateLimiting:VerificationPerMinute"] = "3" });
        var anonymous = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await anonymous.GetAsync($"/api/certification/verify/UNKNOWN{i}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>qpdf (Debian's package; the test command installs it) checks structure and content streams: no warning may remain.</summary>
    private static async Task AssertQpdfFindsNothingAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"certificate-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var qpdf = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("qpdf", ["--check", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await qpdf.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
            await qpdf.WaitForExitAsync();
            Assert.True(qpdf.ExitCode == 0, $"qpdf --check exited {qpdf.ExitCode}: {output}");
            Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_revoke_and_a_reissue_at_once_never_leave_a_revoked_certificate_with_a_valid_replacement()
    {
        var offeringId = await CompletedOffering.CreateAsync(factory, [.. Enumerable.Range(0, 4).Select(_ => factory.CreateClientForUser(Guid.NewGuid()))]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 4);
        var ids = await factory.WithScopeAsync<CertificationDbContext, List<Guid>>(db => db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id).ToListAsync());
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        foreach (var id in ids)
        {
            var answers = await Task.WhenAll(
                coordinator.PostAsJsonAsync($"/api/certification/certificates/{id}/revoke", new { reason = "Attendance list was wrong." }),
                coordinator.PostAsync($"/api/certification/certificates/{id}/reissue", null));

            Assert.All(answers, a => Assert.True(a.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.Conflict, a.StatusCode.ToString()));
            Assert.Single(answers, a => a.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created);
        }

        var states = await factory.WithScopeAsync<CertificationDbContext, List<(Guid Id, string Status, Guid? SupersededBy)>>(async db =>
            (await db.Certificates.Where(c => c.OfferingId == offeringId).ToListAsync()).Select(c => (c.Id, c.Status.ToString(), c.SupersededById)).ToList());
        foreach (var id in ids)
        {
            var original = states.Single(s => s.Id == id);
            Assert.NotEqual("Valid", original.Status);
            Assert.False(original.Status == "Revoked" && original.SupersededBy is not null, "a revoked certificate has a replacement");
            Assert.DoesNotContain(states, s => s.Status == "Valid" && states.Any(o => o.Id == id && o.Status == "Revoked" && o.SupersededBy == s.Id));
        }

        var replacements = states.Where(s => !ids.Contains(s.Id)).ToList();
        Assert.Equal(states.Count(s => ids.Contains(s.Id) && s.Status == "Superseded"), replacements.Count);
    }

    /// <summary>
    /// Issue 15, item 1: a certificate carries the points of the holder's own registry only. A nurse and a medical
    /// specialist complete the same course, accredited with GAIA for medical specialists and V&amp;VN for nurses; a
    /// researcher completes it too and is told for whom it is accredited. The profession at completion decides: the
    /// specialist was a researcher when enrolling.
    /// </summary>
    [Fact]
    public async Task Each_certificate_carries_only_the_points_of_the_holders_profession_at_completion()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var course = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "PP" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = "AI at the bedside", summary = "For doctors and nurses.", language = "en", studyLoadHours = 4,
            accreditations = new[]
            {
                new { registry = "GAIA/KNMG", accreditationId = "G-77", points = 4.0, profession = "Medical specialists" },
                new { registry = "V&VN Kwaliteitsregister", accreditationId = "V-12", points = 3.0, profession = "Verpleegkundigen" },
            },
        }));
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, course.GetProperty("id").GetGuid(), body =>
        {
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 100;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 240, topic = "At the bedside" }));
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var nurse = await PersonAsync("Nina Nurse", "Nurse", "49012345601");
        var specialist = await PersonAsync("Sam Specialist", "Researcher", null);
        var researcher = await PersonAsync("Rita Researcher", "Researcher", null);
        var enrollments = new List<Guid>();
        foreach (var person in new[] { nurse, specialist, researcher })
        {
            enrollments.Add((await CoursesApi.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid());
        }

        (await specialist.PutAsJsonAsync("/api/auth/me", new { fullName = "Sam Specialist", profession = "Medisch specialist", registrationNumber = "19012345699" })).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{session.GetProperty("id").GetGuid()}/attendance",
            new { records = enrollments.Select(id => new { enrollmentId = id, status = "Present" }) })).EnsureSuccessStatusCode();
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 3);

        async Task<(string Text, System.Text.Json.JsonElement Certificate)> CertificateOfAsync(HttpClient holder)
        {
            var mine = (await CoursesApi.JsonAsync(await holder.GetAsync("/api/certification/me/certificates"))).EnumerateArray().Single(c => c.GetProperty("offeringId").GetGuid() == offeringId);
            using var pdf = PdfDocument.Open(await holder.GetByteArrayAsync($"/api/certification/certificates/{mine.GetProperty("id").GetGuid()}/pdf"));
            return (string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)), mine);
        }

        var (nurseText, nurseCertificate) = await CertificateOfAsync(nurse);
        var (specialistText, specialistCertificate) = await CertificateOfAsync(specialist);
        var (researcherText, researcherCertificate) = await CertificateOfAsync(researcher);
        Assert.Contains("V&VN Kwaliteitsregister 3 points", nurseText);
        Assert.DoesNotContain("GAIA", nurseText);
        Assert.Equal(["V&VN Kwaliteitsregister"], nurseCertificate.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("registry").GetString()));
        Assert.Contains("GAIA/KNMG 4 points", specialistText);
        Assert.DoesNotContain("V&VN", specialistText);
        var specialistId = specialistCertificate.GetProperty("id").GetGuid();
        Assert.Equal("19012345699", await factory.WithScopeAsync<CertificationDbContext, string?>(db => db.Certificates.Where(c => c.Id == specialistId).Select(c => c.RegistrationNumber).SingleAsync()));
        Assert.Equal(0, researcherCertificate.GetProperty("points").GetArrayLength());
        Assert.Contains("Not accredited for Researcher; the course is accredited for: Medical specialists, Verpleegkundigen.", researcherText);
        var cpd = await CoursesApi.JsonAsync(await nurse.GetAsync("/api/certification/me/cpd"));
        Assert.DoesNotContain(cpd.EnumerateArray(), line => line.GetProperty("registry").GetString() == "GAIA/KNMG");
        var verified = await CoursesApi.JsonAsync(await factory.CreateClient().GetAsync($"/api/certification/verify/{nurseCertificate.GetProperty("verificationUrl").GetString()!.Split('/').Last()}"));
        Assert.Equal(["V&VN Kwaliteitsregister"], verified.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("registry").GetString()));
    }

    [Fact]
    public async Task Partial_attendance_earns_the_share_the_accreditation_allows_and_full_attendance_all_points()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var course = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "PA" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = "AI in the ICU", summary = "Three sessions.", language = "en", studyLoadHours = 4,
            accreditations = new object[]
            {
                new { registry = "GAIA/KNMG", accreditationId = "G-1", points = 6.0, profession = "Medical specialists" },
                new { registry = "ABAN", accreditationId = "A-2", points = 6.0, profession = "Medical specialists", partialCredit = "PerSession" },
                new { registry = "EACCME", accreditationId = "E-3", points = 6.0, profession = "Medical specialists", partialCredit = "PerHour" },
            },
        }));
        Assert.Equal(["None", "PerSession", "PerHour"], course.GetProperty("accreditations").EnumerateArray().Select(a => a.GetProperty("partialCredit").GetString()));
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, course.GetProperty("id").GetGuid(), body =>
        {
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 50;
            CoursesApi.UnderWay(body);
        });
        var sessions = new List<Guid>();
        foreach (var (index, minutes) in new[] { (0, 60), (1, 60), (2, 120) })
        {
            sessions.Add((await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
                new { startsAt = CoursesApi.UnderWaySession(index), durationMinutes = minutes, topic = $"Part {index + 1}" }))).GetProperty("id").GetGuid());
        }

        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var partly = await PersonAsync("Pat Partly", "Medical specialist", "19012345611");
        var wholly = await PersonAsync("Wim Wholly", "Medical specialist", "19012345612");
        var partlyEnrollment = (await CoursesApi.JsonAsync(await partly.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        var whollyEnrollment = (await CoursesApi.JsonAsync(await wholly.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        foreach (var (session, partlyStatus) in sessions.Zip(new[] { "Present", "Absent", "Present" }))
        {
            (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{session}/attendance", new
            {
                records = new[] { new { enrollmentId = partlyEnrollment, status = partlyStatus }, new { enrollmentId = whollyEnrollment, status = "Present" } },
            })).EnsureSuccessStatusCode();
        }

        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 2);

        async Task<(string Text, Dictionary<string, (double Points, double Maximum)> Points)> CertificateOfAsync(HttpClient holder)
        {
            var mine = (await CoursesApi.JsonAsync(await holder.GetAsync("/api/certification/me/certificates"))).EnumerateArray().Single(c => c.GetProperty("offeringId").GetGuid() == offeringId);
            using var pdf = PdfDocument.Open(await holder.GetByteArrayAsync($"/api/certification/certificates/{mine.GetProperty("id").GetGuid()}/pdf"));
            return (string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)), mine.GetProperty("points").EnumerateArray().ToDictionary(
                p => p.GetProperty("registry").GetString()!, p => (p.GetProperty("points").GetDouble(), p.GetProperty("maximumPoints").GetDouble())));
        }

        var (partlyText, partlyPoints) = await CertificateOfAsync(partly);
        Assert.Equal((0, 6), partlyPoints["GAIA/KNMG"]);
        Assert.Equal((4, 6), partlyPoints["ABAN"]);
        Assert.Equal((4.5, 6), partlyPoints["EACCME"]);
        Assert.Contains("ABAN 4 of 6 points (partial attendance)", partlyText);
        Assert.Contains("EACCME 4.5 of 6 points (partial attendance)", partlyText);
        var (whollyText, whollyPoints) = await CertificateOfAsync(wholly);
        Assert.All(whollyPoints.Values, p => Assert.Equal((6, 6), p));
        Assert.Contains("GAIA/KNMG 6 points", whollyText);
        Assert.DoesNotContain("partial attendance", whollyText);
        var cpd = await CoursesApi.JsonAsync(await partly.GetAsync("/api/certification/me/cpd"));
        Assert.Equal(4.5, cpd.EnumerateArray().Single(l => l.GetProperty("registry").GetString() == "EACCME").GetProperty("points").GetDouble());
    }

    [Fact]
    public async Task An_unknown_kind_of_partial_credit_is_refused_naming_the_accreditation()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "PB" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = "AI in the ICU", summary = "Three sessions.", language = "en", studyLoadHours = 4,
            accreditations = new[] { new { registry = "ABAN", accreditationId = "A-2", points = 6.0, profession = "Medical specialists", partialCredit = 7 } },
        });
        await ProblemAssertions.AssertValidationProblemAsync(response, "accreditations[0]");
    }

    private async Task<HttpClient> PersonAsync(string name, string profession, string? registrationNumber) =>
        (await AccreditedRun.PersonAsync(factory, name, profession, registrationNumber)).Client;
}
