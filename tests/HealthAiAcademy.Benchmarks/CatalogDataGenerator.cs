using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Benchmarks;

/// <summary>Fills the catalog with published offerings of every kind (the realistic size: 200 offerings).</summary>
internal static class CatalogDataGenerator
{
    public static async Task AddOfferingsAsync(CoursesDbContext db, int count)
    {
        var kinds = Enum.GetValues<OfferingKind>();
        var topics = new[] { "ML fundamentals", "LLMs", "Medical imaging AI", "Ethics and law", "MDR and the AI Act" };
        var start = DateTime.UtcNow.Date.AddDays(30);
        for (var i = 0; i < count; i++)
        {
            var course = new Course(Guid.NewGuid(), $"GEN-{i:0000}", new CourseDefinition(
                $"Generated course {i}: {topics[i % topics.Length]}", "A generated course for load measurements.", "Generated description.",
                i % 3 == 0 ? "nl" : "en", 8 + (i % 40), null, ["Objective"], ["Clinicians"], [topics[i % topics.Length]], [],
                i % 2 == 0 ? [new Accreditation("GAIA/KNMG", $"G-{i}", 4, "Medical specialists")] : [], null));
            var kind = kinds[i % kinds.Length];
            var begins = start.AddDays(i % 300).AddHours(9);
            var offering = new Offering(Guid.NewGuid(), course, new OfferingPlan(
                kind, "2027", begins, begins.AddDays(2), DateTime.UtcNow.AddDays(-1), begins.AddDays(-1), begins.AddDays(-1),
                kind is OfferingKind.Webinar ? null : 30 + (i % 100), EnrollmentPolicy.Open, true, false, false, false,
                DeliveryMode.InPerson, "Room " + i, null, 0, []));
            db.Courses.Add(course);
            db.Offerings.Add(offering);
            db.AddIntegrationEvent(offering.Publish(DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
    }
}
