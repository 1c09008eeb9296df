using System.Net;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Certification;

public sealed class CertificatePagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Coordinators_revoke_on_the_offering_page_the_public_page_shows_it_and_unknown_codes_are_404()
    {
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await CompletedOffering.CreateAsync(factory, [participant]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var (id, code) = await factory.WithScopeAsync<CertificationDbContext, (Guid, string)>(async db =>
            await db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => new ValueTuple<Guid, string>(c.Id, c.VerificationCode)).SingleAsync());
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var participantPages = await factory.CreateCookieClientForAsync("participant@demo.local");
        var manage = $"/manage/offerings/{offeringId}/certificates";

        var list = await coordinator.GetStringAsync(manage);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(coordinator, manage);
        var withoutReason = await coordinator.PostAsync($"{manage}?handler=Revoke&certificateId={id}", AccountPagesTests.Form(token, new() { ["Reason"] = "" }));
        var revoked = await coordinator.PostAsync($"{manage}?handler=Revoke&certificateId={id}", AccountPagesTests.Form(token, new() { ["Reason"] = "Issued to the wrong cohort" }));
        var publicPage = await factory.CreateClient().GetStringAsync($"/verify/{code}");
        var unknown = await factory.CreateClient().GetAsync("/verify/NOSUCHCODE0000000000000");
        var mine = await participantPages.GetStringAsync("/learning/certificates");
        var refused = await participantPages.GetAsync(manage);

        Assert.Contains("Łukasz Şahin-de Vries", list);
        Assert.Contains("Give a reason", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Revoked", publicPage);
        Assert.Contains("Issued to the wrong cohort", publicPage);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("CPD summary", mine);
        Assert.Contains("Revoked", mine);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
    }
}
