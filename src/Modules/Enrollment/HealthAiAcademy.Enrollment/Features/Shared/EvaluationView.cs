using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.Enrollment.Features.Shared;

internal sealed record EvaluationItemView(Guid Id, EvaluationItemKind Kind, string Text);

/// <summary>An offering's evaluation as staff set it up: its questions, whether the certificate waits for it, how many answered.</summary>
internal sealed record EvaluationView(Guid Id, Guid OfferingId, bool RequiredForCertificate, IReadOnlyList<EvaluationItemView> Items, int Responses, DateTime ChangedAtUtc)
{
    public static EvaluationView From(Evaluation evaluation, int responses) => new(
        evaluation.Id, evaluation.OfferingId, evaluation.RequiredForCertificate,
        [.. evaluation.Items.Select(i => new EvaluationItemView(i.Id, i.Kind, i.Text))], responses, evaluation.ChangedAtUtc);
}
