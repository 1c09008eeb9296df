using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.AssignMember;
using HealthAiAcademy.Compliance.Features.EndMembership;
using HealthAiAcademy.Compliance.Features.GetCoverageTrend;
using HealthAiAcademy.Compliance.Features.GetUnit;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.RenameUnit;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>One division, department or unit: who is in it, as what; administrators place people, end memberships and rename it.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class UnitModel(
    GetUnitHandler units, GetCoverageTrendHandler trends, ListOrganisationHandler organisation, AssignMemberHandler assign, EndMembershipHandler end, RenameUnitHandler rename,
    ICurrentUser currentUser, IStringLocalizer<ComplianceText> text) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    [BindProperty]
    public string? Name { get; set; }

    internal UnitDetails Details { get; private set; } = null!;

    internal IReadOnlyList<FunctionView> Functions { get; private set; } = [];

    internal CoverageTrend? Trend { get; private set; }

    public bool MayMaintain => currentUser.MayMaintain();

    public Task<IActionResult> OnGetAsync(Guid unitId, CancellationToken cancellationToken) => PageAsync(unitId, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var outcome = await assign.HandleAsync(unitId, new AssignMemberRequest(Member.Email, Member.FunctionId, Member.IsManager, Member.StaffNumber), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["{0} is in this unit as {1}.", outcome.Value!.FullName, outcome.Value.Function];
            return RedirectToPage(new { unitId });
        }

        return this.RefusalOf(outcome.Kind) ?? await ShowAsync(outcome, nameof(Member), unitId, cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid unitId, Guid userId, CancellationToken cancellationToken)
    {
        var outcome = await end.HandleAsync(unitId, userId, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The membership has ended; it stays in the history."];
            return RedirectToPage(new { unitId });
        }

        return this.RefusalOf(outcome.Kind)!;
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var outcome = await rename.HandleAsync(unitId, new RenameUnitRequest(Name), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The name is now {0}.", outcome.Value!.Path];
            return RedirectToPage(new { unitId });
        }

        return this.RefusalOf(outcome.Kind) ?? await ShowAsync(outcome, string.Empty, unitId, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync<T>(Outcome<T> outcome, string prefix, Guid unitId, CancellationToken cancellationToken)
    {
        this.ShowRefusal(outcome, prefix);
        return await PageAsync(unitId, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var outcome = await units.HandleAsync(unitId, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Details = outcome.Value!;
        Name ??= Details.Name;
        Trend = (await trends.HandleAsync(unitId, cancellationToken)).Value;
        Functions = (await organisation.HandleAsync(cancellationToken)).Value?.Functions ?? [];
        return Page();
    }

    public sealed class MemberInput
    {
        public string? Email { get; set; }

        public Guid? FunctionId { get; set; }

        public bool IsManager { get; set; }

        public string? StaffNumber { get; set; }
    }
}
