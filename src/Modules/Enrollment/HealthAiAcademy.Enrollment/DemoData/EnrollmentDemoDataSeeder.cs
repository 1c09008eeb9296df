using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.AnswerEvaluation;
using HealthAiAcademy.Enrollment.Features.EnrolParticipant;
using HealthAiAcademy.Enrollment.Features.GetEvaluationForm;
using HealthAiAcademy.Enrollment.Features.RecordAttendance;
using HealthAiAcademy.Enrollment.Features.SendAnnouncement;
using HealthAiAcademy.Enrollment.Features.SetUpEvaluation;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Enrollment.DemoData;

/// <summary>
/// A living academy for the demo accounts, made through Enrollment's own use cases as those people would: the participant
/// is enrolled in the coming clinician course and a webinar, has applied to the summer school (so the coordinator has
/// applications to decide, a colleague's too), is offered a seat in the management session after a colleague withdrew, and
/// completed last season's run (its attendance, taken by the coordinator, completes it; Certification issues the certificate),
/// and the coming course's coordinator has sent its people an announcement. Last season's run asks for its evaluation: the
/// nurse has answered it, the participant has it still to do.
/// </summary>
internal sealed class EnrollmentDemoDataSeeder(
    EnrollmentDbContext db, ICourseCatalog catalog, IUserDirectory users, DemoActor actor, EnrollmentBooks books, SeatAllocation seats,
    EnrolParticipantHandler enrol, WithdrawEnrollmentHandler withdraw, RecordAttendanceHandler attendance, SendAnnouncementHandler announce,
    SetUpEvaluationHandler setUpEvaluation, GetEvaluationFormHandler evaluationForm, AnswerEvaluationHandler answerEvaluation, TimeProvider clock,
    IOptions<DemoOptions> options) : IDemoDataSeeder
{
    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var participant = await users.FindByEmailAsync("participant@demo.local", cancellationToken);
        var nurse = await users.FindByEmailAsync("nurse@demo.local", cancellationToken);
        var student = await users.FindByEmailAsync("student@demo.local", cancellationToken);
        var coordinator = await users.FindByEmailAsync("coordinator@demo.local", cancellationToken);
        if (!options.Value.Activity || participant is null || nurse is null || student is null || coordinator is null
            || await db.Enrollments.AnyAsync(e => e.UserId == participant.UserId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var clinicalRuns = await catalog.FindOfferingsOfCourseAsync("AICP", cancellationToken);
        if (clinicalRuns.FirstOrDefault(o => o.StartsAtUtc > now) is not { } upcoming
            || clinicalRuns.FirstOrDefault(o => o.EndsAtUtc < now) is not { } past
            || await FirstRunAsync("DSAIH", cancellationToken) is not { } summerSchool
            || await FirstRunAsync("AIWEB", cancellationToken) is not { } webinars
            || await FirstRunAsync("AILEAD", cancellationToken) is not { } leadership)
        {
            return;
        }

        foreach (var person in new[] { participant, nurse, student })
        {
            await EnrolAsync(person, upcoming.Id, null, cancellationToken);
        }

        await EnrolAsync(participant, webinars.Id, null, cancellationToken);
        await EnrolAsync(participant, summerSchool.Id,
            "I am a resident in internal medicine and want to build the prediction models our ward keeps asking for, responsibly.", cancellationToken);
        await EnrolAsync(nurse, summerSchool.Id, "As an ICU nurse I see AI tools arrive at the bedside; I want to understand and judge them.", cancellationToken);

        await EnrolAsync(nurse, leadership.Id, null, cancellationToken);
        var leaving = await EnrolAsync(student, leadership.Id, null, cancellationToken);
        await EnrolAsync(participant, leadership.Id, null, cancellationToken);
        actor.ActAs(student.UserId, Roles.Participant);
        (await withdraw.HandleAsync(leaving, cancellationToken)).ValueOrThrow("withdraw from the management session");

        // Last season's run asks for the standard evaluation: the nurse answered it, the participant still has it to do.
        actor.ActAs(coordinator.UserId, Roles.Coordinator);
        (await setUpEvaluation.HandleAsync(past.Id, new SetUpEvaluationRequest(null, RequiredForCertificate: false, UseStandardTemplate: true), cancellationToken))
            .ValueOrThrow("set up the evaluation");
        await RecordPastRunAsync(past, [participant.UserId, nurse.UserId], coordinator.UserId, cancellationToken);
        actor.ActAs(nurse.UserId, Roles.Participant);
        var form = (await evaluationForm.HandleAsync(past.Id, cancellationToken)).ValueOrThrow("read the evaluation");
        (await answerEvaluation.HandleAsync(past.Id, new AnswerEvaluationRequest([.. form.Items.Select(item => item.Kind == Domain.EvaluationItemKind.Likert
            ? new EvaluationAnswerRequest(item.Id, 4, null)
            : new EvaluationAnswerRequest(item.Id, null, "Meer casuïstiek van de eigen afdeling, graag."))]), cancellationToken)).ValueOrThrow("answer the evaluation");

        // The coming course's people hear from its coordinator: on the offering's page, in-app and by email (the sweep sends it).
        actor.ActAs(coordinator.UserId, Roles.Coordinator);
        (await announce.HandleAsync(upcoming.Id, new SendAnnouncementRequest(
            "Voorbereiding dag 1 / Preparing for day 1",
            "Lees vóór de eerste bijeenkomst de TRIPOD+AI-richtlijn en neem je laptop mee. / Before the first session, please read the TRIPOD+AI statement and bring your laptop.",
            IncludeWaitlist: false), cancellationToken)).ValueOrThrow("announce day 1");
    }

    private async Task<OfferingOutline?> FirstRunAsync(string courseCode, CancellationToken cancellationToken) =>
        (await catalog.FindOfferingsOfCourseAsync(courseCode, cancellationToken)).FirstOrDefault();

    private async Task<Guid> EnrolAsync(UserProfile person, Guid offeringId, string? motivation, CancellationToken cancellationToken)
    {
        actor.ActAs(person.UserId, Roles.Participant);
        return (await enrol.HandleAsync(offeringId, new EnrolRequest(motivation), cancellationToken)).ValueOrThrow($"enrol {person.Email}").Enrollment.Id;
    }

    /// <summary>
    /// A run held before the academy used this system: its enrollments are written as they were (enrolment closed long ago),
    /// then the coordinator takes attendance through the use case, which completes them.
    /// </summary>
    private async Task RecordPastRunAsync(OfferingOutline past, IReadOnlyList<Guid> people, Guid coordinatorId, CancellationToken cancellationToken)
    {
        if (await books.OpenAsync(past.Id, cancellationToken) is not { } book)
        {
            return;
        }

        var enrollments = new List<Guid>();
        foreach (var userId in people)
        {
            var enrollment = Domain.Enrollment.Request(past.Id, userId, null, past.StartsAtUtc.AddDays(-30));
            await db.InTransactionAsync(async token =>
            {
                db.Enrollments.Add(enrollment);
                await seats.AdmitAsync(book, enrollment, token);
                await db.SaveChangesAsync(token);
            }, cancellationToken);
            enrollments.Add(enrollment.Id);
        }

        actor.ActAs(coordinatorId, Roles.Coordinator);
        var sessions = (await catalog.GetSessionsAsync([past.Id], cancellationToken)).OrderBy(s => s.StartsAtUtc).ToList();
        for (var index = 0; index < sessions.Count; index++)
        {
            // The colleague missed one afternoon: 75 %, still the minimum.
            var marks = enrollments.Select((id, person) => new AttendanceItem(id, person == 1 && index == 2 ? "Absent" : "Present")).ToList();
            (await attendance.HandleAsync(sessions[index].Id, new AttendanceRequest(marks), cancellationToken)).ValueOrThrow("record attendance");
        }
    }
}
