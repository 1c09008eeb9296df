using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GetSubmissionForMarking;

/// <summary>One hand-in with its grade, rubric choices and audit trail, for the staff who mark it.</summary>
internal sealed class GetSubmissionForMarkingHandler(SubmissionMarking marking)
{
    public async Task<Outcome<SubmissionForMarking>> HandleAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var (submission, assessment, offering, refusal) = await marking.LoadForStaffAsync(submissionId, tracked: false, cancellationToken);
        return refusal is { } refused
            ? SubmissionMarking.Refuse<SubmissionForMarking>(refused)
            : Outcome<SubmissionForMarking>.Ok(await marking.ViewAsync(submission!, assessment!, offering!, cancellationToken));
    }
}
