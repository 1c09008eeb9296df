using System.Security.Cryptography;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.HandInAssignment;

/// <summary>Hands in an assignment (text and/or a file); replaceable until it is graded.</summary>
internal sealed class HandInAssignmentHandler(AssessmentDbContext db, AssessmentAccess access, TimeProvider clock)
{
    public const int MaxTextLength = 50_000;

    public async Task<Outcome<(HandInView HandIn, bool Created)>> HandleAsync(Guid assessmentId, HandInRequest request, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null || !await access.IsParticipantAsync(offering.Id, cancellationToken))
        {
            return Outcome<(HandInView, bool)>.NotFound("The assignment");
        }

        if (assessment.Kind != AssessmentKind.Assignment)
        {
            return Outcome<(HandInView, bool)>.Conflict("This assessment is a quiz: start an attempt instead.");
        }

        var errors = Validate(assessment, request);
        if (!errors.IsValid)
        {
            return Outcome<(HandInView, bool)>.Invalid(errors);
        }

        var userId = access.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var extension = await access.ExtensionAsync(assessmentId, userId, cancellationToken);
        if (assessment.RefusesLateWork(extension, now) is { } refusal)
        {
            return Outcome<(HandInView, bool)>.Conflict(refusal);
        }

        var daysLate = LatePenalty.DaysLate(assessment.DueFor(extension), now);
        var penalty = assessment.PenaltyFor(extension, now);
        var text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
        try
        {
            return await db.InTransactionAsync(async token =>
            {
                var submission = await db.Submissions.SingleOrDefaultAsync(s => s.AssessmentId == assessmentId && s.UserId == userId, token);
                var created = submission is null;
                if (submission is null)
                {
                    var taken = (await db.Submissions.Where(s => s.AssessmentId == assessmentId).Select(s => s.CandidateNumber).ToListAsync(token)).ToHashSet();
                    submission = db.Submissions.Add(new Submission(Guid.NewGuid(), assessmentId, offering.Id, userId, CandidateNumber.Draw(taken), now)).Entity;
                }

                if (submission.State != GradeState.NotGraded)
                {
                    return Outcome<(HandInView, bool)>.Conflict("The work is already graded and can no longer be replaced.");
                }

                SubmissionFile? file = null;
                if (request.File is { Content: { } content } upload)
                {
                    file = new SubmissionFile(Guid.NewGuid(), assessmentId, userId, FileRules.SafeFileName(upload.FileName!), content,
                        Convert.ToHexStringLower(SHA256.HashData(content)), now);
                    db.Files.Add(file);
                }

                var previousFileId = submission.FileId;
                submission.HandIn(text, file?.Id ?? previousFileId, file?.FileName ?? submission.FileName,
                    file?.Content.LongLength ?? submission.FileBytes, daysLate, penalty, now);
                if (file is not null && previousFileId is { } replaced)
                {
                    await db.Files.Where(f => f.Id == replaced).ExecuteDeleteAsync(token);
                }

                await db.SaveChangesAsync(token);
                return Outcome<(HandInView, bool)>.Ok((View(submission), created));
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueKeyViolation())
        {
            // Two hand-ins at once: the unique (assessment, participant) key or the version lets only one through (and the
            // unique candidate number, in the rare case two first hand-ins drew the same one).
            db.ChangeTracker.Clear();
            return Outcome<(HandInView, bool)>.Conflict("The work was handed in by another request at the same moment; reload to see it.");
        }
    }

    private static ValidationErrors Validate(AssessmentDefinition assessment, HandInRequest request)
    {
        var errors = new ValidationErrors();
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var file = request.File;
        errors.AddIf(!hasText && file is null, "text", assessment.AcceptsFile ? "Write your answer or attach a file." : "Write your answer.");
        errors.AddIf(hasText && !assessment.AcceptsText, "text", "This assignment takes a file, not text.");
        errors.AddIf(request.Text?.Length > MaxTextLength, "text", $"At most {MaxTextLength} characters.");
        if (file is null)
        {
            return errors;
        }

        if (!assessment.AcceptsFile)
        {
            return errors.Add("file", "This assignment does not take files.");
        }

        var extension = Path.GetExtension(file.FileName ?? "").ToLowerInvariant();
        errors.AddIf(string.IsNullOrWhiteSpace(file.FileName), "file.fileName", "The file needs a name.");
        errors.AddIf(!string.IsNullOrWhiteSpace(file.FileName) && !assessment.AllowedFileExtensions.Contains(extension), "file.fileName",
            $"Files of type {(extension.Length == 0 ? "(none)" : extension)} are not accepted; allowed: {string.Join(", ", assessment.AllowedFileExtensions)}.");
        errors.AddIf(file.Content is not { Length: > 0 }, "file.content", "The file is empty.");
        errors.AddIf(file.Content?.LongLength > assessment.MaxFileKilobytes * 1024L, "file.content", $"The file is larger than {assessment.MaxFileKilobytes} KB.");
        return errors;
    }

    private static HandInView View(Submission s) => new(s.Id, s.AssessmentId, s.SubmittedAtUtc, s.DaysLate, s.PenaltyPercent, s.FileName, s.FileBytes, s.State);
}
