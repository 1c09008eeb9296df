using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.ListOfferings;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Benchmarks;

/// <summary>In-process work measured with BenchmarkDotNet (short runs, in-process toolchain, so the whole command stays within minutes).</summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    private readonly PdfSharpCertificateRenderer renderer = new(
        new HealthAiAcademy.BuildingBlocks.Pdf.PdfDocuments(Options.Create(new HealthAiAcademy.BuildingBlocks.Pdf.PdfOptions())),
        new Microsoft.Extensions.Localization.StringLocalizer<HealthAiAcademy.Certification.Resources.CertificationText>(new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)));
    private Certificate certificate = null!;
    private List<(AssessmentDefinition Assessment, double? Score, bool Required)>[] gradebook = [];
    private List<CatalogEntry> offerings = [];

    public static Summary Run() => BenchmarkRunner.Run<MicroBenchmarks>(
        ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary));

    /// <summary>Renders the benchmark's certificate (for comparing library versions outside BenchmarkDotNet).</summary>
    public static Func<byte[]> SampleRendering()
    {
        var benchmarks = new MicroBenchmarks();
        benchmarks.Setup();
        return () => benchmarks.renderer.Render(benchmarks.certificate, "https://academy.example/verify/0123456789ABCDEFGHJKMNPQ");
    }

    [GlobalSetup]
    public void Setup()
    {
        certificate = new Certificate(Guid.NewGuid(), "HAIA-2026-7KD3QX9M", "0123456789ABCDEFGHJKMNPQ", Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow)
        {
            HolderName = "Łukasz Şahin-de Vries", RegistrationNumber = "19012345601", OfferingTitle = "Data Science and AI in Health", CourseCode = "DSAI-SS",
            OfferingKind = "Summer school", Delivery = "In person", Location = "Main auditorium", StartDate = new DateOnly(2026, 7, 6), EndDate = new DateOnly(2026, 7, 10),
            CompletedOn = new DateOnly(2026, 7, 10), StudyLoadHours = 40, AttendancePercent = 100, Institution = "Health AI Academy", Signatory = "Programme director",
            SignatoryTitle = "Health AI Academy", Points = [new AwardedPoints { Registry = "GAIA/KNMG", AccreditationId = "A-1", Points = 8.5, Profession = "Medical specialists" }],
            LearningOutcomes = ["Train a model", "Deploy it responsibly"],
        };
        var random = new Random(1);
        var assessments = Enumerable.Range(0, 20).Select(i => new AssessmentDefinition(Guid.NewGuid(), Guid.Empty, Guid.Empty, AssessmentKind.Assignment, Guid.Empty, DateTime.UtcNow,
            new AssessmentSettings { Title = $"A{i}", Weight = 1 + (i % 3) }, AssessmentScoring.Points(10))).ToList();
        gradebook = [.. Enumerable.Range(0, 500).Select(_ => assessments.Select(a => (a, (double?)Math.Round(random.NextDouble() * 100, 1), false)).ToList())];
        offerings = [.. Enumerable.Range(0, 200).Select(i =>
        {
            var course = new Course(Guid.NewGuid(), $"B-{i}", new CourseDefinition($"Course {i} on LLMs", "Summary", "Description", "en", 8, null, [], ["Clinicians"], ["LLMs"], [], [], null));
            var begins = DateTime.UtcNow.AddDays(30 + i);
            var offering = new Offering(Guid.NewGuid(), course, new OfferingPlan(OfferingKind.Webinar, "2027", begins, begins.AddHours(2), DateTime.UtcNow.AddDays(-1), begins, begins, null,
                EnrollmentPolicy.Open, false, false, false, false, DeliveryMode.Online, null, "https://meet.example", 0, []));
            offering.Publish(DateTime.UtcNow);
            return CatalogEntry.Of(new OfferingSummary(offering.Id, course.Code, course.Title, course.Summary, offering.Kind, offering.CohortLabel,
                offering.StartsAtUtc, offering.EndsAtUtc, offering.Capacity, offering.Delivery, offering.Location, course.Language, course.Topics, course.Audiences,
                course.Accreditations.Count > 0, offering.EnrollmentPolicy));
        })];
    }

    [Benchmark(Description = "Render one certificate PDF")]
    public int RenderCertificate() => renderer.Render(certificate, "https://academy.example/verify/0123456789ABCDEFGHJKMNPQ").Length;

    [Benchmark(Description = "Gradebook computation, 500 participants × 20 assessments")]
    public double ComputeGradebook()
    {
        var total = 0.0;
        foreach (var row in gradebook)
        {
            total += GradebookCalculator.Final([.. row.Select(r => (r.Assessment.Weight, r.Score))]) ?? 0;
            total += GradebookCalculator.Passes(row) ? 1 : 0;
        }

        return total;
    }

    [Benchmark(Description = "Catalog page from 200 offerings in memory (search words, kind, topic, paging)")]
    public int ListCatalogPage() => CatalogListing.Page(offerings, new CatalogQuery("llms webinar", OfferingKind.Webinar, "LLMs", 1, 20)).Total;
}
