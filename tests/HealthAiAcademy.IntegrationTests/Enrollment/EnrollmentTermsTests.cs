using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>Enrollment decides enrolments from its own copy of the terms that Courses sends with its events (ADR 0015).</summary>
public sealed class EnrollmentTermsTests
{
    [Fact]
    public async Task Once_the_publication_has_arrived_enrolments_are_decided_without_asking_Courses_and_follow_its_changes()
    {
        var calls = new CatalogCalls();
        await using var factory = new AcademyFactory();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => CatalogCalls.Count(services, calls)));
        var coordinator = await LoginAsync(host, "coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = 5;
            body["enrollmentPolicy"] = "Open";
        });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).StatusCode);
        await Eventually.TrueAsync(() => BookAsync(host, offeringId, b => b.HasTerms && b.Status == OfferingStatus.Published), "the publication reached Enrollment");

        calls.Reset();
        var enrolled = await EnrolAsync(host, "participant@demo.local", offeringId);
        var askedWhileOpen = calls.Of(nameof(ICourseCatalog.GetEnrollmentTermsAsync));

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.Equal(0, askedWhileOpen);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/close", null)).StatusCode);
        await Eventually.TrueAsync(() => BookAsync(host, offeringId, b => b.Status == OfferingStatus.Closed), "the change reached Enrollment");
        var refused = await EnrolAsync(host, "instructor@demo.local", offeringId);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed", problem.GetProperty("detail").GetString());
        Assert.Equal(0, calls.Of(nameof(ICourseCatalog.GetEnrollmentTermsAsync)));
    }

    [Fact]
    public async Task An_enrolment_that_arrives_before_the_publication_opens_the_book_from_the_catalog()
    {
        await using var factory = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Hangfire:ServerEnabled"] = "false" });
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = 5;
            body["enrollmentPolicy"] = "Open";
        });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).StatusCode);

        var enrolled = await factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation = (string?)null });

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.True(await BookAsync(factory, offeringId, b => b.HasTerms && b.Status == OfferingStatus.Published && b.SeatsTaken == 1));
    }

    private static async Task<HttpClient> LoginAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = AcademyFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private static async Task<HttpResponseMessage> EnrolAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string email, Guid offeringId)
    {
        var participant = await LoginAsync(host, email);
        return await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation = (string?)null });
    }

    private static async Task<bool> BookAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, Guid offeringId, Func<HealthAiAcademy.Enrollment.Domain.EnrollmentBook, bool> condition)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>().Books.AsNoTracking().SingleOrDefaultAsync(b => b.OfferingId == offeringId);
        return book is not null && condition(book);
    }

    /// <summary>Counts the calls that reach Courses' real catalog, by method: a spy in front of it, not a replacement.</summary>
    private sealed class CatalogCalls
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> calls = new();

        public int Of(string method) => calls.GetValueOrDefault(method);

        public void Reset() => calls.Clear();

        public void Record(string method) => calls.AddOrUpdate(method, 1, (_, n) => n + 1);

        public static void Count(IServiceCollection services, CatalogCalls calls)
        {
            var original = services.Single(d => d.ServiceType == typeof(ICourseCatalog));
            services.Remove(original);
            services.AddScoped(sp =>
            {
                var real = (ICourseCatalog)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
                var proxy = DispatchProxy.Create<ICourseCatalog, CountingProxy>();
                ((CountingProxy)(object)proxy).Attach(real, calls);
                return proxy;
            });
        }
    }

    public class CountingProxy : DispatchProxy
    {
        private object target = null!;
        private CatalogCalls calls = null!;

        internal void Attach(object real, object counter)
        {
            target = real;
            calls = (CatalogCalls)counter;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            calls.Record(targetMethod!.Name);
            try
            {
                return targetMethod.Invoke(target, args);
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
            {
                throw invocation.InnerException;
            }
        }
    }
}
