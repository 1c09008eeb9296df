using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.ExpireSeatOffers;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class WaitlistPromotionTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Raising_the_capacity_offers_the_new_seats_to_the_waiting_list_in_order()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, body) = await PublishedAsync(coordinator, capacity: 1, automatic: false);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await CoursesApi.JsonAsync(await Enrol(offeringId))).GetProperty("id").GetGuid());
        }

        body["capacity"] = 3;
        var raised = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", body);

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        await Eventually.TrueAsync(async () => await OffersAsync(offeringId) == 2, "two waitlisted people were offered the new seats");
        var enrollments = await factory.WithScopeAsync<EnrollmentDbContext, List<HealthAiAcademy.Enrollment.Domain.Enrollment>>(db =>
            db.Enrollments.AsNoTracking().Where(e => e.OfferingId == offeringId).ToListAsync());
        Assert.NotNull(enrollments.Single(e => e.Id == ids[1]).OfferExpiresAtUtc);
        Assert.NotNull(enrollments.Single(e => e.Id == ids[2]).OfferExpiresAtUtc);
        Assert.Null(enrollments.Single(e => e.Id == ids[3]).OfferExpiresAtUtc);
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal((3, 3), (book.Capacity!.Value, book.SeatsTaken));
    }

    [Fact]
    public async Task An_unclaimed_offer_lapses_and_the_seat_passes_to_the_next_in_line_once()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, _) = await PublishedAsync(coordinator, capacity: 1, automatic: false);
        var holder = factory.CreateClientForUser(Guid.NewGuid());
        var holderEnrollment = (await CoursesApi.JsonAsync(await Enrol(offeringId, holder))).GetProperty("id").GetGuid();
        var slow = (await CoursesApi.JsonAsync(await Enrol(offeringId))).GetProperty("id").GetGuid();
        var next = (await CoursesApi.JsonAsync(await Enrol(offeringId))).GetProperty("id").GetGuid();
        await holder.PostAsync($"/api/enrollment/enrollments/{holderEnrollment}/withdraw", null);

        await factory.WithScopeAsync<EnrollmentDbContext>(db => db.Enrollments.Where(e => e.Id == slow)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.OfferExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        var job = factory.Services.GetRequiredService<SeatOfferExpiryJob>();
        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        var enrollments = await factory.WithScopeAsync<EnrollmentDbContext, List<HealthAiAcademy.Enrollment.Domain.Enrollment>>(db =>
            db.Enrollments.AsNoTracking().Where(e => e.OfferingId == offeringId).ToListAsync());
        var lapsed = enrollments.Single(e => e.Id == slow);
        var promoted = enrollments.Single(e => e.Id == next);
        Assert.Equal(HealthAiAcademy.Enrollment.Contracts.EnrollmentStatus.Withdrawn, lapsed.Status);
        Assert.Equal("The offered seat was not claimed in time.", lapsed.DecisionMessage);
        Assert.NotNull(promoted.OfferExpiresAtUtc);
        Assert.Equal(1, promoted.WaitlistPosition);
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal((1, 1), (book.SeatsTaken, book.WaitlistLength));
    }

    [Fact]
    public async Task With_automatic_promotion_the_first_waitlisted_is_enrolled_at_once()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, _) = await PublishedAsync(coordinator, capacity: 1, automatic: true);
        var holder = factory.CreateClientForUser(Guid.NewGuid());
        var holderEnrollment = (await CoursesApi.JsonAsync(await Enrol(offeringId, holder))).GetProperty("id").GetGuid();
        var waiting = factory.CreateClientForUser(Guid.NewGuid());
        var waitingEnrollment = (await CoursesApi.JsonAsync(await Enrol(offeringId, waiting))).GetProperty("id").GetGuid();

        await holder.PostAsync($"/api/enrollment/enrollments/{holderEnrollment}/withdraw", null);
        var promoted = await CoursesApi.JsonAsync(await waiting.GetAsync($"/api/enrollment/enrollments/{waitingEnrollment}"));

        Assert.Equal("Enrolled", promoted.GetProperty("status").GetString());
    }

    private async Task<(Guid OfferingId, Dictionary<string, object?> Body)> PublishedAsync(HttpClient coordinator, int capacity, bool automatic)
    {
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var body = CoursesApi.Offering(courseId, capacity);
        body["enrollmentPolicy"] = "Open";
        body["automaticWaitlistPromotion"] = automatic;
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId, b =>
        {
            b["capacity"] = capacity;
            b["enrollmentPolicy"] = "Open";
            b["automaticWaitlistPromotion"] = automatic;
        });
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        return (offeringId, body);
    }

    private Task<HttpResponseMessage> Enrol(Guid offeringId, HttpClient? client = null) =>
        (client ?? factory.CreateClientForUser(Guid.NewGuid())).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });

    private Task<int> OffersAsync(Guid offeringId) =>
        factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId && e.OfferExpiresAtUtc != null));
}
