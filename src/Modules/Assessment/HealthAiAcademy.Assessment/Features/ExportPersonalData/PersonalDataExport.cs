using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ExportPersonalData;

/// <summary>
/// What the person handed in (with the files themselves), their quiz attempts and extensions, and the grades and feedback
/// they have been given; a grade not yet released stays out, as it does on their pages.
/// </summary>
internal sealed class PersonalDataExport(AssessmentDbContext db, TimeProvider clock) : IPersonalDataSource
{
    public string Module => AssessmentModule.Name;

    public async Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.FirstSubmittedAtUtc).ToListAsync(cancellationToken);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.StartedAtUtc).ToListAsync(cancellationToken);
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken);
        var assessmentIds = submissions.Select(s => s.AssessmentId).Concat(attempts.Select(a => a.AssessmentId)).Concat(extensions.Select(e => e.AssessmentId)).Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var fileIds = submissions.Select(s => s.FileId).OfType<Guid>().ToList();
        var files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        string? Title(Guid id) => assessments.GetValueOrDefault(id)?.Title;
        bool QuizResultShown(QuizAttempt attempt) =>
            assessments.GetValueOrDefault(attempt.AssessmentId) is { } quiz
            && (quiz.Feedback == FeedbackTiming.AfterAttempt || quiz.DueAtUtc is null || quiz.DueAtUtc <= now);

        var result = new List<PersonalDataFile>
        {
            PersonalDataFile.AsJson("submissions.json", submissions.Select(s => new
            {
                s.AssessmentId, Assessment = Title(s.AssessmentId), s.OfferingId, s.Text, s.FileName, s.FileBytes,
                File = s.FileId is { } id && files.ContainsKey(id) ? $"submission-files/{id:N}-{files[id].FileName}" : null,
                s.FirstSubmittedAtUtc, s.SubmittedAtUtc, s.DaysLate, s.PenaltyPercent,
                ScorePercent = s.State == GradeState.Released ? s.ScorePercent : null,
                Feedback = s.State == GradeState.Released ? s.Feedback : null,
                s.ReleasedAtUtc,
            })),
            PersonalDataFile.AsJson("quiz-attempts.json", attempts.Select(a => new
            {
                a.AssessmentId, Assessment = Title(a.AssessmentId), a.Number, a.Status, a.StartedAtUtc, a.SubmittedAtUtc,
                ScorePercent = QuizResultShown(a) ? a.ScorePercent : null,
                Answers = a.Answers.Select(x => new { x.QuestionId, x.Choices, x.Boolean, x.Number, x.Text }),
            })),
            PersonalDataFile.AsJson("extensions.json", extensions.Select(e => new { e.AssessmentId, Assessment = Title(e.AssessmentId), e.DueAtUtc, e.GrantedAtUtc })),
        };
        result.AddRange(files.Values.Select(f => new PersonalDataFile($"submission-files/{f.Id:N}-{f.FileName}", f.Content)));
        return result;
    }
}
