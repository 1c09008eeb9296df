using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.DemoData;

/// <summary>
/// A small hospital for the demo: intensive care and radiology, the nurse and the specialist placed in them, two high-risk
/// systems with the training their users and overseers need, and AI basics for all clinical staff. The nurse's demo
/// certificate (via Certification's event) meets some of it; the rest shows as open on My learning.
/// </summary>
internal sealed class ComplianceDemoDataSeeder(ComplianceDbContext db, IUserDirectory users, ICourseCatalog catalog, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 400;

    /// <summary>A one-page PDF that says what it stands for, so the demo's evidence link opens something readable.</summary>
    private static byte[] DemoEvidence => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
        "4 0 obj<</Length 68>>stream\nBT /F1 14 Tf 72 760 Td (Demo: certificate of Aidence user training) Tj ET\nendstream endobj\n" +
        "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var courses = (await catalog.GetCoursesAsync(cancellationToken)).ToDictionary(c => c.Code, c => c.Id);
        var people = await users.FindManyByEmailAsync(["nurse@demo.local", "participant@demo.local", "coordinator@demo.local", "admin@demo.local"], cancellationToken);
        Guid Person(string email) => people[email.ToUpperInvariant()].UserId;
        var chart = await OrganisationChart.LoadAsync(db, now, cancellationToken);
        var icu = chart.UnitAt(["Acute care", "Intensive care", "ICU adults"]);
        var intensiveCare = chart.UnitAt(["Acute care", "Intensive care"]);
        var radiology = chart.UnitAt(["Imaging", "Radiology"]);
        var icuNurse = chart.Function("ICU nurse");
        var specialist = chart.Function("Medical specialist");
        var manager = chart.Function("Manager");
        db.StaffMembers.AddRange(new StaffMember(Person("nurse@demo.local")), new StaffMember(Person("participant@demo.local")));
        db.Memberships.AddRange(
            new Membership(Person("nurse@demo.local"), icu.Id, icuNurse.Id, false, MembershipSource.Manual, now),
            new Membership(Person("participant@demo.local"), radiology.Id, specialist.Id, false, MembershipSource.Manual, now),
            new Membership(Person("coordinator@demo.local"), intensiveCare.Id, manager.Id, true, MembershipSource.Manual, now));
        var sepsis = new AiSystem(new AiSystemDetails("Sepsis early warning (ICU)", "Pacmed", "3.2", "Predicts the risk of sepsis in the next 24 hours for adult ICU patients, for the nurse and intensivist to act on.",
            AiRiskClass.High, MedicalDeviceClass.MdrIIa, Person("coordinator@demo.local"), new DateOnly(2026, 3, 1), null, AiSystemStatus.InUse, [intensiveCare.Id]), now);
        sepsis.AssignOverseer(Person("nurse@demo.local"), now);
        var nodules = new AiSystem(new AiSystemDetails("Lung nodule detection (CT)", "Aidence", "2.0", "Marks lung nodules on chest CT for the radiologist to assess.",
            AiRiskClass.High, MedicalDeviceClass.MdrIIb, Person("admin@demo.local"), new DateOnly(2025, 9, 1), null, AiSystemStatus.InUse, [radiology.Id]), now);
        db.AiSystems.AddRange(sepsis, nodules);
        var clinical = courses.GetValueOrDefault("AICP");
        var webinars = courses.GetValueOrDefault("AIWEB");
        var reading = new Requirement("Reading with lung nodule detection", RequirementKind.Operation, nodules.Id, [specialist.Id], [], [clinical], 36, now);
        db.Requirements.AddRange(
            new Requirement("All clinical staff: AI basics", RequirementKind.Literacy, null, [icuNurse.Id, specialist.Id], [], [clinical, webinars], 24, now),
            new Requirement("Working with the sepsis model", RequirementKind.Operation, sepsis.Id, [icuNurse.Id], [], [clinical], 24, now),
            new Requirement("Overseeing the sepsis model", RequirementKind.Oversight, sepsis.Id, [], [], [clinical], 12, now),
            reading);
        // The specialist followed the vendor's training: it waits for the coordinator on /manage/equivalents.
        var vendorTraining = new RecordedEquivalent(Person("participant@demo.local"), reading.Id, "Veye Lung Nodules user training", "Aidence",
            DateOnly.FromDateTime(now).AddDays(-12), null, "aidence-certificate.pdf", "application/pdf", now);
        db.RecordedEquivalents.Add(vendorTraining);
        db.EquivalentEvidence.Add(new EquivalentEvidence(vendorTraining.Id, DemoEvidence));
        await db.SaveChangesAsync(cancellationToken);
    }
}
