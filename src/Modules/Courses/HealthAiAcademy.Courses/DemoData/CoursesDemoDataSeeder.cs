using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.DemoData;

/// <summary>The offerings our users run, published so the catalog has something to show in Development.</summary>
internal sealed class CoursesDemoDataSeeder(CoursesDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Courses.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;

        var clinical = new Course(Guid.NewGuid(), "AICP", "AI in Clinical Practice",
            "An accredited course for clinicians: how AI models are built, validated and used safely at the bedside.", "en", 16)
        {
            Description = "Four afternoons on **machine learning fundamentals**, evaluating AI tools, and the *MDR and AI Act* for clinicians.",
            Topics = ["ML fundamentals", "Ethics and law", "MDR and the AI Act"],
            Audiences = ["Clinicians", "Nurses"],
        };
        var minor = new Course(Guid.NewGuid(), "DATAWISE", "Data Wise",
            "A university minor on data science and AI in health care, with ECTS and a transcript.", "en", 420)
        {
            Description = "A full-time minor for students in medicine and biomedical sciences.",
            Ects = 15,
            Topics = ["ML fundamentals", "Medical imaging AI", "LLMs"],
            Audiences = ["Students"],
        };
        var summerSchool = new Course(Guid.NewGuid(), "DSAIH", "Data Science and AI in Health",
            "The yearly summer school: a week of daily sessions, by application and selection.", "en", 40)
        {
            Description = "Five days of lectures and hands-on sessions, from data wrangling to deploying models in hospitals.",
            Topics = ["ML fundamentals", "LLMs", "Medical imaging AI"],
            Audiences = ["Researchers", "Students", "Clinicians"],
        };
        var webinars = new Course(Guid.NewGuid(), "AIWEB", "AI in Health Webinar Series",
            "Monthly mini-lectures on what is new in AI for health care.", "nl", 6)
        {
            Description = "Six online mini-lectures of one hour each.",
            Topics = ["LLMs", "Ethics and law"],
            Audiences = ["Clinicians", "Nurses", "Researchers", "Management"],
        };
        db.Courses.AddRange(clinical, minor, summerSchool, webinars);

        var offerings = new[]
        {
            new Offering(Guid.NewGuid(), clinical, OfferingKind.ClinicianCourse, today.Year + 1 + "-spring", today.AddDays(45).AddHours(13), today.AddDays(66).AddHours(17))
            {
                Capacity = 30, Delivery = DeliveryMode.Blended, Location = "Education Centre, room 2",
            },
            new Offering(Guid.NewGuid(), minor, OfferingKind.Minor, $"{today.Year + 1}-{today.Year + 2}", today.AddDays(90).AddHours(8), today.AddDays(180).AddHours(17))
            {
                Capacity = 40, Delivery = DeliveryMode.InPerson, Location = "Faculty of Medicine",
            },
            new Offering(Guid.NewGuid(), summerSchool, OfferingKind.SummerSchool, (today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), today.AddDays(120).AddHours(7), today.AddDays(124).AddHours(16))
            {
                Capacity = 60, Delivery = DeliveryMode.InPerson, Location = "University Medical Centre, main auditorium",
            },
            new Offering(Guid.NewGuid(), webinars, OfferingKind.Webinar, (today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), today.AddDays(14).AddHours(11), today.AddDays(170).AddHours(12))
            {
                Capacity = null, Delivery = DeliveryMode.Online,
            },
        };
        db.Offerings.AddRange(offerings);
        foreach (var offering in offerings)
        {
            db.AddIntegrationEvent(offering.Publish(now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
