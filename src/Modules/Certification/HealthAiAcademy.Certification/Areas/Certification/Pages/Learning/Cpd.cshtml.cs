using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.AddCpdActivity;
using HealthAiAcademy.Certification.Features.GetCpdDossier;
using HealthAiAcademy.Certification.Features.RemoveCpdActivity;
using HealthAiAcademy.Certification.Features.SetCpdCycle;
using HealthAiAcademy.Certification.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Learning;

/// <summary>The person's CPD dossier: progress in the re-registration cycle, points per year, and their own activities.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class CpdModel(
    GetCpdDossierHandler dossier, AddCpdActivityHandler add, RemoveCpdActivityHandler remove, SetCpdCycleHandler setCycle, IStringLocalizer<CertificationText> text)
    : PageModel
{
    internal CpdDossier Dossier { get; private set; } = null!;

    [BindProperty]
    public ActivityForm Activity { get; set; } = new();

    [BindProperty]
    public DateOnly? CycleStartsOn { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Dossier = await dossier.HandleAsync(cancellationToken);
        CycleStartsOn = Dossier.Cycle is { StartChosen: true } cycle ? cycle.StartsOn : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var evidence = await EvidenceFile.ReadAsync(Activity.Evidence, cancellationToken);
        var outcome = await add.HandleAsync(new AddCpdActivityRequest(Activity.Title, Activity.Provider, Activity.CompletedOn, Activity.Points, Activity.Registry, evidence), cancellationToken);
        return await AfterAsync(outcome.IsOk, outcome.Errors, "Activity", text["The activity is added to your dossier."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var outcome = await remove.HandleAsync(activityId, cancellationToken);
        return outcome.Kind == OutcomeKind.NotFound ? NotFound() : await AfterAsync(true, null, "", text["The activity is removed."], cancellationToken);
    }

    public async Task<IActionResult> OnPostCycleAsync(CancellationToken cancellationToken)
    {
        var outcome = await setCycle.HandleAsync(new SetCpdCycleRequest(CycleStartsOn), cancellationToken);
        return await AfterAsync(outcome.IsOk, outcome.Errors, "", text["Your cycle's first day is saved."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(bool ok, ValidationErrors? errors, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (ok)
        {
            Notice = notice;
            return Redirect("/learning/cpd");
        }

        foreach (var (field, messages) in errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            var name = prefix.Length == 0 ? "CycleStartsOn" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                ModelState.AddModelError(name, message);
            }
        }

        Dossier = await dossier.HandleAsync(cancellationToken);
        return Page();
    }

    internal sealed class ActivityForm
    {
        public string? Title { get; set; }

        public string? Provider { get; set; }

        public DateOnly? CompletedOn { get; set; }

        public double? Points { get; set; }

        public string? Registry { get; set; }

        public IFormFile? Evidence { get; set; }
    }
}
