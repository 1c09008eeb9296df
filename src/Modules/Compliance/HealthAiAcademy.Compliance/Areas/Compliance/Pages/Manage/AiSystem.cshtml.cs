using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.AddRequirement;
using HealthAiAcademy.Compliance.Features.AssignOverseer;
using HealthAiAcademy.Compliance.Features.ChangeAiSystem;
using HealthAiAcademy.Compliance.Features.GetAiSystem;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.RemoveRequirement;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Features.UnassignOverseer;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>One AI system: its register entry, what its users and overseers must have completed, and who of them has.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class AiSystemModel(
    GetAiSystemHandler systems, ListOrganisationHandler organisation, ChangeAiSystemHandler change, AssignOverseerHandler assign, UnassignOverseerHandler unassign,
    AddRequirementHandler addRequirement, RemoveRequirementHandler removeRequirement, RequirementViews requirementViews, ICurrentUser currentUser,
    IStringLocalizer<ComplianceText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public AiSystemInput Input { get; set; } = new();

    [BindProperty]
    public string? OverseerEmail { get; set; }

    [BindProperty]
    public RequirementInput Requirement { get; set; } = new();

    internal AiSystemView System { get; private set; } = null!;

    internal IReadOnlyList<UnitView> Units { get; private set; } = [];

    internal IReadOnlyList<FunctionView> Functions { get; private set; } = [];

    internal IReadOnlyList<CourseRef> Courses { get; private set; } = [];

    public bool MayMaintain => currentUser.MayMaintain();

    public Task<IActionResult> OnGetAsync(Guid systemId, CancellationToken cancellationToken) => PageAsync(systemId, cancellationToken, fillForm: true);

    public async Task<IActionResult> OnPostSaveAsync(Guid systemId, CancellationToken cancellationToken) =>
        After(await change.HandleAsync(systemId, Input.ToRequest(), cancellationToken), text["The register entry is saved."], "Input")
        ?? await PageAsync(systemId, cancellationToken, fillForm: false);

    public async Task<IActionResult> OnPostOverseerAsync(Guid systemId, CancellationToken cancellationToken) =>
        After(await assign.HandleAsync(systemId, new AssignOverseerRequest(OverseerEmail), cancellationToken), text["The overseer is assigned."], string.Empty, "OverseerEmail")
        ?? await PageAsync(systemId, cancellationToken, fillForm: true);

    public async Task<IActionResult> OnPostUnassignAsync(Guid systemId, Guid userId, CancellationToken cancellationToken) =>
        After(await unassign.HandleAsync(systemId, userId, cancellationToken), text["The overseer is no longer assigned."], string.Empty)
        ?? await PageAsync(systemId, cancellationToken, fillForm: true);

    public async Task<IActionResult> OnPostRequirementAsync(Guid systemId, CancellationToken cancellationToken) =>
        After(await addRequirement.HandleAsync(new RequirementRequest(Requirement.Title, Requirement.Kind, systemId, Requirement.FunctionIds, [],
            Requirement.CourseIds, Requirement.ValidForMonths), cancellationToken), text["The requirement is added."], "Requirement")
        ?? await PageAsync(systemId, cancellationToken, fillForm: true);

    public async Task<IActionResult> OnPostRemoveRequirementAsync(Guid systemId, Guid requirementId, CancellationToken cancellationToken) =>
        After(await removeRequirement.HandleAsync(requirementId, cancellationToken), text["The requirement is removed."], string.Empty)
        ?? await PageAsync(systemId, cancellationToken, fillForm: true);

    /// <returns>The answer to success or refusal; null when the form is to be shown again with what to fix.</returns>
    private IActionResult? After(Outcome<Guid> outcome, string notice, string prefix, string? field = null)
    {
        if (outcome.IsOk)
        {
            Notice = notice;
            return RedirectToPage();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        if (field is not null && outcome.Errors is { } errors)
        {
            foreach (var message in errors.ToDictionary().SelectMany(e => e.Value))
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        this.ShowRefusal(outcome, prefix);
        return null;
    }

    private async Task<IActionResult> PageAsync(Guid systemId, CancellationToken cancellationToken, bool fillForm)
    {
        var outcome = await systems.HandleAsync(systemId, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        System = outcome.Value!;
        if (fillForm)
        {
            Input = AiSystemInput.From(System);
        }

        var chart = (await organisation.HandleAsync(cancellationToken)).Value;
        Units = chart?.Units ?? [];
        Functions = chart?.Functions ?? [];
        Courses = [.. (await requirementViews.CoursesAsync(cancellationToken)).Values.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    internal sealed class RequirementInput
    {
        public string? Title { get; set; }

        public RequirementKind? Kind { get; set; } = RequirementKind.Operation;

        public List<Guid> FunctionIds { get; set; } = [];

        public List<Guid> CourseIds { get; set; } = [];

        public int? ValidForMonths { get; set; }
    }
}
