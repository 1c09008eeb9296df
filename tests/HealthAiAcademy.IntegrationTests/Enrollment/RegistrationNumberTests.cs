using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>
/// Issue 15, item 2: registration numbers that hold. A BIG number is 11 digits for the professions in the BIG register,
/// whatever language their profession is typed in; an offering that reports to a register (RequiresRegistrationNumber)
/// takes a registered professional only with their number, and tells them where to add it.
/// </summary>
public sealed class RegistrationNumberTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Registration-Number-2026";

    [Fact]
    public async Task A_BIG_number_is_eleven_digits_for_registered_professions_and_other_numbers_keep_their_own_form()
    {
        var (_, person) = await RegisterAsync("Bea Big");

        var tooShort = await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Bea Big", profession = "Verpleegkundige", registrationNumber = "1234" });
        var letters = await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Bea Big", profession = "Medical specialists", registrationNumber = "1234567890X" });
        var eleven = await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Bea Big", profession = "Verpleegkundige", registrationNumber = "192 345 678 01" });
        var researcher = await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Bea Big", profession = "Researcher", registrationNumber = "ORCID-0000-0002" });

        await tooShort.AssertValidationProblemAsync("registrationNumber");
        await letters.AssertValidationProblemAsync("registrationNumber");
        Assert.Equal(HttpStatusCode.OK, eleven.StatusCode);
        Assert.Equal(HttpStatusCode.OK, researcher.StatusCode);
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/auth/register",
            new { email = $"{Guid.NewGuid():N}@umc.example", password = Password, fullName = "Nina Nurse", profession = "Nurse", registrationNumber = "12" });
        await registered.AssertValidationProblemAsync("registrationNumber");
    }

    [Fact]
    public async Task An_offering_that_reports_to_a_register_takes_a_registered_professional_only_with_their_number()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["requiresRegistrationNumber"] = true;
        });
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var (nurseEmail, nurse) = await RegisterAsync("Nina Nurse");
        (await nurse.PutAsJsonAsync("/api/auth/me", new { fullName = "Nina Nurse", profession = "Verpleegkundige" })).EnsureSuccessStatusCode();
        var (_, researcher) = await RegisterAsync("Rob Researcher");
        (await researcher.PutAsJsonAsync("/api/auth/me", new { fullName = "Rob Researcher", profession = "Researcher" })).EnsureSuccessStatusCode();

        var withoutNumber = await nurse.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        var page = await factory.CreateCookieClientForAsync(nurseEmail, password: Password);
        var url = $"/learning/enrol/{offeringId}";
        var refusedPage = await page.PostAsync(url, AccountPagesTests.Form(await AccountPagesTests.AntiforgeryTokenAsync(page, url), []));
        var researcherEnrols = await researcher.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        (await nurse.PutAsJsonAsync("/api/auth/me", new { fullName = "Nina Nurse", profession = "Verpleegkundige", registrationNumber = "19234567801" })).EnsureSuccessStatusCode();
        var withNumber = await nurse.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });

        await withoutNumber.AssertValidationProblemAsync("registrationNumber");
        var html = await refusedPage.Content.ReadAsStringAsync();
        Assert.Contains("add your registration number (BIG) to your profile first", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/profile\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, researcherEnrols.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withNumber.StatusCode);
    }

    private async Task<(string Email, HttpClient Client)> RegisterAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = name })).EnsureSuccessStatusCode();
        return (email, await factory.CreateClientForAsync(email, Password));
    }
}
