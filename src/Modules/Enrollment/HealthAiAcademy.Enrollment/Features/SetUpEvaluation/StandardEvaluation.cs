using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.SetUpEvaluation;

/// <summary>
/// The evaluation accrediting bodies ask providers to hold (relevance to practice, objectives met, teachers, method, freedom
/// from commercial influence, study load, and what participants take home), in the course's language; coordinators adapt it.
/// </summary>
internal static class StandardEvaluation
{
    public static IReadOnlyList<EvaluationItem> For(string? language) => AcademyLanguages.Normalize(language) == AcademyLanguages.Dutch
        ?
        [
            Likert("De inhoud was relevant voor mijn dagelijkse praktijk."),
            Likert("De leerdoelen van het programma zijn bereikt."),
            Likert("De docenten waren deskundig en brachten de stof helder over."),
            Likert("De werkvormen pasten bij het onderwerp."),
            Likert("Het programma was vrij van commerciële beïnvloeding."),
            Likert("De bestede tijd kwam overeen met de aangekondigde studiebelasting."),
            Open("Wat gaat u toepassen in uw praktijk?"),
            Open("Wat kan er beter?"),
        ]
        :
        [
            Likert("The content was relevant to my daily practice."),
            Likert("The programme's learning objectives were achieved."),
            Likert("The teachers were competent and explained the subject clearly."),
            Likert("The teaching methods suited the subject."),
            Likert("The programme was free of commercial influence."),
            Likert("The time it took matched the announced study load."),
            Open("What will you apply in your practice?"),
            Open("What could be better?"),
        ];

    private static EvaluationItem Likert(string text) => new() { Kind = EvaluationItemKind.Likert, Text = text };

    private static EvaluationItem Open(string text) => new() { Kind = EvaluationItemKind.Open, Text = text };
}
