using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>Tells Courses (which keeps the completion rules) that passing an assessment became required, or no longer is.</summary>
internal static class RequirementEvents
{
    public static AssessmentRequirementChangedIntegrationEvent Changed(AssessmentDefinition assessment, DateTime nowUtc) => new()
    {
        OccurredAtUtc = nowUtc,
        AssessmentId = assessment.Id,
        OfferingId = assessment.OfferingId,
        Required = assessment.RequiredForCompletion,
    };
}
