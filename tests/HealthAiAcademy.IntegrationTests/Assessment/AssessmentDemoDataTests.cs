using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class AssessmentDemoDataTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task In_development_the_demo_clinician_course_has_a_quiz_a_blind_rubric_assignment_and_a_question_bank_its_instructor_sees()
    {
        var offeringId = (await factory.Services.CreateScope().ServiceProvider.GetRequiredService<ICourseCatalog>()
            .FindOfferingsOfCourseAsync("AICP", CancellationToken.None)).Single(o => o.StartsAtUtc > DateTime.UtcNow).Id;
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");

        var assessments = await CoursesApi.JsonAsync(await instructor.GetAsync($"/api/assessment/offerings/{offeringId}/assessments"));
        var bank = await CoursesApi.JsonAsync(await instructor.GetAsync($"/api/assessment/offerings/{offeringId}/questions"));

        Assert.Equal(3, bank.GetArrayLength());
        Assert.Contains(assessments.EnumerateArray(), a => a.GetProperty("kind").GetString() == nameof(AssessmentKind.Quiz) && a.GetProperty("questionCount").GetInt32() == 3);
        Assert.Contains(assessments.EnumerateArray(), a => a.GetProperty("kind").GetString() == nameof(AssessmentKind.Assignment)
            && a.GetProperty("blindMarking").GetBoolean() && a.GetProperty("rubric").GetArrayLength() == 3);
    }
}
