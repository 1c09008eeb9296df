using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.ImportFromHr;
using HealthAiAcademy.Compliance.Features.ListHrImports;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>An administrator takes in HR's file and sees, for this import and the ones before, who it could not match.</summary>
[Authorize(Policy = Policies.Administrators)]
internal sealed class HrImportModel(ImportFromHrHandler import, ListHrImportsHandler imports, IStringLocalizer<ComplianceText> text) : PageModel
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public IFormFile? HrFile { get; set; }

    [BindProperty]
    public bool ListsEveryone { get; set; }

    internal IReadOnlyList<HrImportView> Imports { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HrFile is not { Length: > 0 and <= MaxFileBytes })
        {
            ModelState.AddModelError(nameof(HrFile), HrFile is null or { Length: 0 } ? text["Choose the HR file (CSV)."] : text["The file is at most 5 MB."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(cancellationToken);
        }

        using var reader = new StreamReader(HrFile.OpenReadStream());
        var outcome = await import.HandleAsync(new ImportFromHrRequest(await reader.ReadToEndAsync(cancellationToken), ListsEveryone), cancellationToken);
        if (outcome.IsOk)
        {
            var done = outcome.Value!;
            Notice = text["{0} line(s) read: {1} people matched, {2} membership(s) added, {3} changed, {4} ended; {5} line(s) matched nobody.",
                done.Lines, done.Matched, done.Added, done.Changed, done.Ended, done.Unmatched.Count];
            return RedirectToPage();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        // Every problem is the file's, whichever line it is on: the messages name the line.
        foreach (var message in outcome.Errors?.ToDictionary().SelectMany(e => e.Value) ?? [outcome.Message!])
        {
            ModelState.AddModelError(nameof(HrFile), message);
        }

        Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await imports.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Imports = outcome.Value!;
        return Page();
    }
}
