using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.DemoData;

/// <summary>The offerings our users run, published with their sessions, so the catalog has something to show in Development.</summary>
internal sealed class CoursesDemoDataSeeder(CoursesDbContext db, IUserDirectory users, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Courses.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var instructor = await users.FindByEmailAsync("instructor@demo.local", cancellationToken);
        List<Guid> instructors = instructor is null ? [] : [instructor.UserId];
        var nextYear = now.Year + 1;

        var clinical = new Course(Guid.NewGuid(), "AICP", new CourseDefinition(
            "AI in Clinical Practice",
            "An accredited course for clinicians: how AI models are built, validated and used safely at the bedside.",
            "Four afternoons on **machine learning fundamentals**, evaluating AI tools, and the *MDR and AI Act* for clinicians.",
            "en", 16, null,
            ["Explain how a clinical prediction model is trained and validated", "Appraise an AI tool before using it", "Apply the MDR and the AI Act to a bedside tool"],
            ["Clinicians", "Nurses"],
            ["ML fundamentals", "Ethics and law", "MDR and the AI Act"],
            instructors,
            [new Accreditation("GAIA/KNMG", "AICP-2027-001", 16, "Medical specialists"), new Accreditation("PE-online/V&VN", "PE-2027-4410", 12, "Nurses")],
            36));
        var minor = new Course(Guid.NewGuid(), "DATAWISE", new CourseDefinition(
            "Data Wise",
            "A university minor on data science and AI in health care, with ECTS and a transcript.",
            "A full-time minor for students in medicine and biomedical sciences.",
            "en", 420, 15,
            ["Build and evaluate a machine-learning model on clinical data", "Reflect on the ethics of AI in care"],
            ["Students"],
            ["ML fundamentals", "Medical imaging AI", "LLMs"],
            instructors, [], null));
        var summerSchool = new Course(Guid.NewGuid(), "DSAIH", new CourseDefinition(
            "Data Science and AI in Health",
            "The yearly summer school: a week of daily sessions, by application and selection.",
            "Five days of lectures and hands-on sessions, from data wrangling to deploying models in hospitals.",
            "en", 40, null,
            ["Wrangle and explore health data", "Train and deploy a model responsibly"],
            ["Researchers", "Students", "Clinicians"],
            ["ML fundamentals", "LLMs", "Medical imaging AI"],
            instructors, [], null));
        var webinars = new Course(Guid.NewGuid(), "AIWEB", new CourseDefinition(
            "AI in Health Webinar Series",
            "Monthly mini-lectures on what is new in AI for health care.",
            "Six online mini-lectures of one hour each.",
            "nl", 6, null,
            ["Follow the latest developments in AI for health care"],
            ["Clinicians", "Nurses", "Researchers", "Management"],
            ["LLMs", "Ethics and law"],
            instructors, [], null));
        var leadership = new Course(Guid.NewGuid(), "AILEAD", new CourseDefinition(
            "AI for Hospital Leadership",
            "An inspiration session for management: what AI can do for the hospital, what it asks of it, and what the AI Act requires.",
            "Ninety minutes with the AI lab: examples from our own wards, the AI-literacy duty of article 4 of the AI Act, and how to start.",
            "nl", 2, null,
            ["Recognise where AI helps the hospital and where it does not", "Know what the AI Act asks of a hospital that deploys AI"],
            ["Management"],
            ["Ethics and law", "MDR and the AI Act"],
            instructors, [], null));
        db.Courses.AddRange(clinical, minor, summerSchool, webinars, leadership);

        var clinicalStart = now.Date.AddDays(45).AddHours(12);
        var clinicalRun = new Offering(Guid.NewGuid(), clinical, new OfferingPlan(
            OfferingKind.ClinicianCourse, $"{nextYear}-spring", clinicalStart, clinicalStart.AddDays(21).AddHours(5),
            now.Date.AddDays(-1), clinicalStart.AddDays(-7), clinicalStart.AddDays(-14), 30, EnrollmentPolicy.Open, true, false,
            false, true, DeliveryMode.Blended, "Education Centre, room 2", "https://meet.example.org/aicp", 75, instructors));
        for (var week = 0; week < 4; week++)
        {
            clinicalRun.ScheduleSession(new SessionPlan(clinicalStart.AddDays(7 * week), 240, $"Afternoon {week + 1}", "Education Centre, room 2", null, instructors), now);
        }

        var minorStart = now.Date.AddDays(90).AddHours(7);
        var minorRun = new Offering(Guid.NewGuid(), minor, new OfferingPlan(
            OfferingKind.Minor, $"{nextYear}-{nextYear + 1}", minorStart, minorStart.AddDays(90).AddHours(9),
            now.Date.AddDays(-1), minorStart.AddDays(-30), minorStart.AddDays(-30), 40, EnrollmentPolicy.ApprovalRequired, true, false,
            true, false, DeliveryMode.InPerson, "Faculty of Medicine", null, 80, instructors));

        var summerStart = new DateTime(nextYear, 7, 6, 7, 0, 0, DateTimeKind.Utc);
        var summerRun = new Offering(Guid.NewGuid(), summerSchool, new OfferingPlan(
            OfferingKind.SummerSchool, nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture), summerStart, summerStart.AddDays(4).AddHours(9),
            now.Date.AddDays(-1), summerStart.AddDays(-45), summerStart.AddDays(-30), 60, EnrollmentPolicy.Application, true, false,
            false, false, DeliveryMode.InPerson, "University Medical Centre, main auditorium", null, 80, instructors));
        string[] days = ["Data wrangling", "Machine learning", "Medical imaging AI", "Large language models", "Deployment and ethics"];
        for (var day = 0; day < days.Length; day++)
        {
            summerRun.ScheduleSession(new SessionPlan(summerStart.AddDays(day), 480, days[day], "Main auditorium", null, instructors), now);
        }

        var webinarStart = now.Date.AddDays(14).AddHours(11);
        var webinarRun = new Offering(Guid.NewGuid(), webinars, new OfferingPlan(
            OfferingKind.Webinar, nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture), webinarStart, webinarStart.AddDays(150).AddHours(1),
            now.Date.AddDays(-1), webinarStart.AddDays(140), webinarStart.AddDays(-1), null, EnrollmentPolicy.Open, false, false,
            false, false, DeliveryMode.Online, null, "https://meet.example.org/ai-webinars", 0, instructors));
        for (var month = 0; month < 6; month++)
        {
            webinarRun.ScheduleSession(new SessionPlan(webinarStart.AddDays(30 * month), 60, $"Mini-lecture {month + 1}", null, "https://meet.example.org/ai-webinars", instructors), now);
        }

        // Small on purpose: the demo participant waits for a seat here, and is offered one when a colleague withdraws.
        var leadershipStart = now.Date.AddDays(21).AddHours(14);
        var leadershipRun = new Offering(Guid.NewGuid(), leadership, new OfferingPlan(
            OfferingKind.InspirationSession, $"{now.Year}-winter", leadershipStart, leadershipStart.AddMinutes(90),
            now.Date.AddDays(-1), leadershipStart.AddDays(-1), leadershipStart.AddDays(-2), 2, EnrollmentPolicy.Open, true, false,
            false, false, DeliveryMode.InPerson, "Boardroom, main building", null, 0, instructors));
        leadershipRun.ScheduleSession(new SessionPlan(leadershipStart, 90, "AI in the hospital: chances, limits and the AI Act", "Boardroom, main building", null, instructors), now);

        // Last season's run of the clinician course, already held: its participants' attendance makes their certificates.
        var pastStart = now.Date.AddDays(-60).AddHours(12);
        var pastRun = new Offering(Guid.NewGuid(), clinical, new OfferingPlan(
            OfferingKind.ClinicianCourse, $"{now.Year}-autumn", pastStart, pastStart.AddDays(21).AddHours(5),
            pastStart.AddDays(-60), pastStart.AddDays(-7), pastStart.AddDays(-14), 30, EnrollmentPolicy.Open, true, false,
            false, true, DeliveryMode.Blended, "Education Centre, room 2", "https://meet.example.org/aicp", 75, instructors));
        for (var week = 0; week < 4; week++)
        {
            pastRun.ScheduleSession(new SessionPlan(pastStart.AddDays(7 * week), 240, $"Afternoon {week + 1}", "Education Centre, room 2", null, instructors), now);
        }

        Offering[] offerings = [clinicalRun, minorRun, summerRun, webinarRun, leadershipRun, pastRun];
        db.Offerings.AddRange(offerings);
        foreach (var offering in offerings)
        {
            // Accredited runs publish once their teachers declared: the demo's first teacher advises a vendor, the others have nothing to declare.
            foreach (var (instructorId, index) in offering.Faculty.Select((id, index) => (id, index)))
            {
                var disclosure = new FacultyDisclosure(offering.Id, instructorId);
                disclosure.Declare(index == 0 ? [new FinancialRelationship("Radiology AI vendor (demo)", "Unpaid member of the clinical advisory board")] : [], instructorId, now);
                offering.Disclosures.Add(disclosure);
            }

            db.AddIntegrationEvent(offering.Publish(now));
        }

        db.AddIntegrationEvent(pastRun.ChangeStatus(OfferingStatus.Completed, now));

        await db.SaveChangesAsync(cancellationToken);
    }
}
