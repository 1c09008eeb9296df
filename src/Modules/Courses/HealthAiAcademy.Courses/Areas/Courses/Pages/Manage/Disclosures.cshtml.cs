using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.DeclareDisclosure;
using HealthAiAcademy.Courses.Features.ListDisclosures;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>The run's faculty disclosures: an instructor declares their own; coordinators see who has not and may record a signed form.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DisclosuresModel(ListDisclosuresHandler list, DeclareDisclosureHandler declare, ICurrentUser currentUser, IStringLocalizer<CoursesText> text) : PageModel
{
    [BindProperty]
    public Guid InstructorId { get; set; }

    [BindProperty]
    public bool NothingToDisclose { get; set; }

    /// <summary>One per line: company; nature of the relationship.</summary>
    [BindProperty]
    public string? Relationships { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public Guid? Me => currentUser.UserId;

    public bool IsCoordinator => currentUser.IsCoordinator();

    internal OfferingDisclosures Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var relationships = (Relationships ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new RelationshipRequest(parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1)))
            .ToList();
        var outcome = await declare.HandleAsync(offeringId, InstructorId == Guid.Empty ? Me ?? Guid.Empty : InstructorId, new DeclareDisclosureRequest(NothingToDisclose, relationships), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The declaration of {0} is saved.", outcome.Value!.InstructorName];
            return Redirect($"/manage/offerings/{offeringId}/disclosures");
        }

        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
        }

        Problem = outcome.Message ?? string.Join(" ", outcome.Errors!.ToDictionary().SelectMany(e => e.Value).Distinct());
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(offeringId, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }

        Offering = outcome.Value!;
        return null;
    }
}
