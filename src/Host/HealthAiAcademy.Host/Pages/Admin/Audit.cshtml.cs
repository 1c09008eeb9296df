using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.ShowAuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Admin;

/// <summary>The staff audit trail: filters, one page of entries, and the same as CSV.</summary>
[Authorize(Policy = Policies.Administrators)]
internal sealed class AuditModel(ShowAuditTrailHandler handler, AuditTrail trail, AuditLabels labels) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OfferingId { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<AuditLine>? Result { get; private set; }

    public IReadOnlyList<string> Modules => trail.Modules;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Filters(PageNumber), cancellationToken);
        if (outcome.IsOk)
        {
            Result = outcome.Value;
        }
        else
        {
            ModelState.AddErrors(outcome.Errors!, prefix: string.Empty);
        }
    }

    public string ActionName(string code) => labels.Action(code);

    public string FieldName(string code) => labels.Field(code);

    /// <summary>An instant stored in UTC is shown in Amsterdam time; any other value as it was recorded.</summary>
    public static string Value(string? value) =>
        value is { Length: 20 } && value.EndsWith('Z')
        && DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? AcademyTime.Format(instant, "d MMM yyyy HH:mm")
            : value ?? "–";

    public string Link(int? page, bool csv = false) =>
        (csv ? "/api/admin/audit.csv" : string.Empty) + QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("from", From), new("to", To), new("module", Module), new("action", ActionCode), new("actor", Actor), new("person", Person),
            new("offeringId", OfferingId?.ToString()), new("page", page?.ToString(CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private ShowAuditTrailRequest Filters(int? page) => new(From, To, Module, ActionCode, Actor, Person, OfferingId, page, null);
}
