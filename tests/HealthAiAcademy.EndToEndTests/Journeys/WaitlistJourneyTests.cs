using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

public sealed class WaitlistJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_clinician_enrols_another_waits_the_first_withdraws_and_the_second_claims_the_seat()
    {
        var offeringId = await PublishOneSeatCourseAsync();
        await RegisterAsync("first.clinician@hospital.example", "Femke Eerste");
        await RegisterAsync("second.clinician@hospital.example", "Sam Tweede");
        var first = await host.NewPageAsync();
        var second = await host.NewPageAsync();
        try
        {
            await BrowserHost.SignInAsync(first, "first.clinician@hospital.example", "Clinician-Pass-1");
            await first.GotoAsync($"/catalog/{offeringId}");
            await BrowserHost.AssertAccessibleAsync(first);
            await first.GetByRole(AriaRole.Link, new() { Name = "Enrol", Exact = true }).ClickAsync();
            await first.GetByRole(AriaRole.Button, new() { Name = "Enrol" }).ClickAsync();
            await first.GetByRole(AriaRole.Status).Filter(new() { HasText = "You are enrolled" }).WaitForAsync();

            await BrowserHost.SignInAsync(second, "second.clinician@hospital.example", "Clinician-Pass-1");
            await second.GotoAsync($"/catalog/{offeringId}");
            await BrowserHost.AssertAccessibleAsync(second);
            await second.GetByRole(AriaRole.Link, new() { Name = "Join the waiting list" }).ClickAsync();
            await second.GetByRole(AriaRole.Button, new() { Name = "Enrol" }).ClickAsync();
            await second.GetByRole(AriaRole.Status).Filter(new() { HasText = "number 1 on the waiting list" }).WaitForAsync();

            await first.GetByRole(AriaRole.Link, new() { Name = "Withdraw from Bedside AI, one seat" }).ClickAsync();
            await first.GetByRole(AriaRole.Heading, new() { Name = "Withdraw from Bedside AI, one seat?" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(first);
            await first.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" }).ClickAsync();
            await first.GetByRole(AriaRole.Status).Filter(new() { HasText = "You are withdrawn." }).WaitForAsync();

            await second.GotoAsync("/learning");
            await BrowserHost.AssertAccessibleAsync(second);
            Assert.Contains("A seat is offered to you", await second.Locator("[data-testid=status]").First.InnerTextAsync());
            await second.GetByRole(AriaRole.Button, new() { Name = "Accept the seat" }).ClickAsync();
            await second.GetByRole(AriaRole.Status).Filter(new() { HasText = "The seat is yours" }).WaitForAsync();
            Assert.Equal("Enrolled", (await second.Locator("[data-testid=status]").First.InnerTextAsync()).Trim());
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (first, "waitlist-first"), (second, "waitlist-second"));
        }
    }

    private async Task<Guid> PublishOneSeatCourseAsync()
    {
        var coordinator = await host.Factory.CreateClientForAsync("coordinator@demo.local");
        var course = await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "BEDSIDE1", title = "Bedside AI, one seat", summary = "A small-group course.", language = "en", studyLoadHours = 4,
        });
        var courseId = JsonDocument.Parse(await course.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var offering = await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = "2030", startsAt = "2030-03-01T13:00", endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", cancellationDeadline = "2030-02-15T00:00",
            capacity = 1, enrollmentPolicy = "Open", delivery = "InPerson", location = "Skills lab",
        });
        var offeringId = JsonDocument.Parse(await offering.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return offeringId;
    }

    private async Task RegisterAsync(string email, string fullName) =>
        (await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = "Clinician-Pass-1", fullName })).EnsureSuccessStatusCode();
}
