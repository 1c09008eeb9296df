using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Benchmarks;

/// <summary>
/// Fills a fresh database with a realistic large data set: 20,000 users, 200 offerings of every kind with sessions,
/// 100,000 enrollments, and assessments with submissions. Rows are written through the modules' own DbContexts and domain
/// types (no HTTP, no password hashing), so a run takes seconds, not hours.
/// </summary>
/// <param name="enrollmentsPerOffering">500 for the benchmark's data set; fewer for the smallest size of the growth runs.</param>
/// <param name="withAssessments">False where only enrollments matter (the growth of the reminder sweep).</param>
internal sealed class LargeDataGenerator(IServiceProvider services, int enrollmentsPerOffering = LargeDataGenerator.EnrollmentsPerOffering, bool withAssessments = true)
{
    public const int Users = 20_000;
    public const int Offerings = 200;
    public const int EnrollmentsPerOffering = 500;

    /// <summary>Offerings whose (single) session starts within the next day: their participants are due a reminder.</summary>
    public const int OfferingsWithSessionTomorrow = 4;

    public const int GradebookAssessments = 20;

    /// <summary>The large gradebook of issue 17: 2,000 participants × 40 assessments.</summary>
    public const int LargeGradebookParticipants = 2_000;

    public const int LargeGradebookAssessments = 40;
    public const int CertificateParticipants = 1_000;

    public sealed record Generated(
        IReadOnlyList<Guid> UserIds, IReadOnlyList<Guid> OfferingIds, Guid GradebookOfferingId, Guid SmallGradebookOfferingId, Guid LargeGradebookOfferingId, Guid CertificateOfferingId)
    {
        /// <summary>Offerings with 100 and 500 completions, for the growth of bulk certificates (the 1,000 are <see cref="CertificateOfferingId"/>).</summary>
        public IReadOnlyDictionary<int, Guid> SmallerCertificateOfferings { get; init; } = new Dictionary<int, Guid>();
    }

    public async Task<Generated> GenerateAsync()
    {
        var now = DateTime.UtcNow;
        var userIds = await UsersAsync(now);
        var offerings = await OfferingsAsync(now);
        await EnrollmentsAsync(offerings, userIds, now);
        if (!withAssessments)
        {
            return new Generated(userIds, [.. offerings.Select(o => o.Id)], Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty);
        }

        var gradebook = offerings[OfferingsWithSessionTomorrow];
        var small = offerings[OfferingsWithSessionTomorrow + 1];
        var large = offerings[OfferingsWithSessionTomorrow + 3];
        await AssessmentsAsync(gradebook.Id, gradebook.CourseId, null, GradebookAssessments, now);
        await AssessmentsAsync(small.Id, small.CourseId, userIds.Take(20).ToList(), GradebookAssessments, now);
        await AssessmentsAsync(large.Id, large.CourseId, userIds.Skip(Users - LargeGradebookParticipants).ToList(), LargeGradebookAssessments, now);
        var certificateOffering = offerings[OfferingsWithSessionTomorrow + 2];
        await CompletionsAsync(certificateOffering, userIds.Skip(EnrollmentsPerOffering).Take(CertificateParticipants).ToList(), now);
        var smallerCertificateOfferings = new Dictionary<int, Guid>();
        foreach (var (size, index) in new[] { (100, 4), (500, 5) })
        {
            var offering = offerings[OfferingsWithSessionTomorrow + index];
            await CompletionsAsync(offering, userIds.Skip(3_000).Take(size).ToList(), now);
            smallerCertificateOfferings[size] = offering.Id;
        }

        return new Generated(userIds, [.. offerings.Select(o => o.Id)], gradebook.Id, small.Id, large.Id, certificateOffering.Id)
        {
            SmallerCertificateOfferings = smallerCertificateOfferings,
        };
    }

    private async Task<List<Guid>> UsersAsync(DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyIdentityDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ids = new List<Guid>(Users);
        for (var i = 0; i < Users; i++)
        {
            var email = $"participant{i:00000}@bench.example";
            var user = new AcademyUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString("N"),
                FullName = $"Participant {i} Ünal-Jansen", Profession = i % 3 == 0 ? "Medical specialist" : "Nurse",
                RegistrationNumber = i % 2 == 0 ? $"{19000000000 + i}" : null,
            };
            db.Users.Add(user);
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private async Task<List<Offering>> OfferingsAsync(DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoursesDbContext>();
        var kinds = Enum.GetValues<OfferingKind>();
        var offerings = new List<Offering>();
        for (var i = 0; i < Offerings; i++)
        {
            var tomorrow = i < OfferingsWithSessionTomorrow;
            var course = new Course(Guid.NewGuid(), $"BIG-{i:0000}", new CourseDefinition(
                $"Large data course {i}", "A generated course.", "Generated description.", i % 3 == 0 ? "nl" : "en", 8 + (i % 40),
                i % kinds.Length == 1 ? 6 : null, ["Apply AI responsibly"], ["Clinicians"], ["ML fundamentals"], [],
                [new Accreditation("GAIA/KNMG", $"G-{i}", 4, "Medical specialists")], 24));
            var kind = kinds[i % kinds.Length];
            var begins = tomorrow ? now.AddHours(12) : now.Date.AddDays(30 + (i % 300)).AddHours(8);
            var offering = new Offering(Guid.NewGuid(), course, new OfferingPlan(
                kind, "2027", begins, begins.AddHours(8), now.AddDays(-30), begins.AddHours(-1), begins.AddHours(-1), 2_000, EnrollmentPolicy.Open,
                true, false, false, false, DeliveryMode.InPerson, "Room " + i, null, 0, []));
            offering.Publish(now);
            offering.Sessions.Add(new Session(Guid.NewGuid(), offering.Id, new SessionPlan(begins, 240, "Session 1", "Room " + i, null, [])));
            db.Courses.Add(course);
            db.Offerings.Add(offering);
            offerings.Add(offering);
        }

        await db.SaveChangesAsync();
        return offerings;
    }

    private async Task EnrollmentsAsync(IReadOnlyList<Offering> offerings, IReadOnlyList<Guid> userIds, DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var o = 0; o < offerings.Count; o++)
        {
            var offering = offerings[o];
            db.Books.Add(new EnrollmentBook(offering.Id, offering.Course.Title, offering.Kind, offering.Capacity, offering.StartsAtUtc, now));
            for (var p = 0; p < enrollmentsPerOffering; p++)
            {
                var userId = userIds[(o * 97 + p) % userIds.Count];
                db.Enrollments.Add(new Enrollment.Domain.Enrollment(Guid.NewGuid(), offering.Id, userId, EnrollmentStatus.Enrolled, null, now.AddMinutes(-p)));
            }

            if (o % 20 == 19)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var ids = offerings.Select(o => o.Id).ToList();
        await db.Books.Where(b => ids.Contains(b.OfferingId)).ExecuteUpdateAsync(s => s.SetProperty(b => b.SeatsTaken, enrollmentsPerOffering));
    }

    /// <summary>
    /// <paramref name="count"/> more enrollments spread over <paramref name="offeringIds"/>, each by a person who exists
    /// only there (an id of their own): the reminder sweep's data grows without changing who is due a reminder.
    /// </summary>
    public async Task AddEnrollmentsAsync(IReadOnlyList<Guid> offeringIds, int count)
    {
        var now = DateTime.UtcNow;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            db.Enrollments.Add(new Enrollment.Domain.Enrollment(Guid.NewGuid(), offeringIds[i % offeringIds.Count], Guid.NewGuid(), EnrollmentStatus.Enrolled, null, now));
            if (i % 20_000 == 19_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Half quizzes, half rubric-free assignments, every participant with a scored attempt and a released grade. With
    /// <paramref name="participants"/> the offering's enrollments are replaced by those people first.
    /// </summary>
    private async Task AssessmentsAsync(Guid offeringId, Guid courseId, IReadOnlyList<Guid>? participants, int assessments, DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var enrollment = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        if (participants is not null)
        {
            await enrollment.Enrollments.Where(e => e.OfferingId == offeringId).ExecuteDeleteAsync();
            enrollment.Enrollments.AddRange(participants.Select(userId => new Enrollment.Domain.Enrollment(Guid.NewGuid(), offeringId, userId, EnrollmentStatus.Enrolled, null, now)));
            await enrollment.SaveChangesAsync();
        }

        var all = await enrollment.Enrollments.Where(e => e.OfferingId == offeringId).Select(e => e.UserId).ToListAsync();
        var random = new Random(42);
        for (var a = 0; a < assessments; a++)
        {
            var kind = a % 2 == 0 ? AssessmentKind.Quiz : AssessmentKind.Assignment;
            var assessment = new AssessmentDefinition(Guid.NewGuid(), offeringId, courseId, kind, Guid.Empty, now,
                new AssessmentSettings { Title = $"Assessment {a + 1}", Weight = 1 + (a % 3) }, AssessmentScoring.Points(10));
            db.Assessments.Add(assessment);
            foreach (var userId in all)
            {
                var score = Math.Round(random.NextDouble() * 100, 1);
                if (kind == AssessmentKind.Quiz)
                {
                    var attempt = new QuizAttempt(Guid.NewGuid(), assessment.Id, offeringId, userId, 1, [], now, null);
                    attempt.Submit([], score, 0, now);
                    db.Attempts.Add(attempt);
                }
                else
                {
                    var submission = new Submission(Guid.NewGuid(), assessment.Id, offeringId, userId, 100_000 + db.Submissions.Local.Count, now);
                    submission.Grade([], score / 10, 10, "Generated feedback", Guid.Empty, now);
                    submission.Release(now);
                    db.Submissions.Add(submission);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task CompletionsAsync(Offering offering, IReadOnlyList<Guid> participants, DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Enrollments.Where(e => e.OfferingId == offering.Id).ExecuteDeleteAsync();
        foreach (var userId in participants)
        {
            var completed = new Enrollment.Domain.Enrollment(Guid.NewGuid(), offering.Id, userId, EnrollmentStatus.Enrolled, null, now);
            completed.Complete(100, now);
            db.Enrollments.Add(completed);
        }

        await db.SaveChangesAsync();
    }
}
