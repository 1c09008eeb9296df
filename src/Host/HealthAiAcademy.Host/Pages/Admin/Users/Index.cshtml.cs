using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.ListUsers;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Admin.Users;

[Authorize(Policy = Policies.Administrators)]
internal sealed class IndexModel(ListUsersHandler handler, AccountLabels labels) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccountStatus? Status { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<UserSummary>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new UserQuery(Search, string.IsNullOrEmpty(Role) ? null : Role, Status, PageNumber, null), cancellationToken);
        if (outcome.IsOk)
        {
            Result = outcome.Value;
        }
        else
        {
            ModelState.AddErrors(outcome.Errors!, prefix: string.Empty);
        }
    }

    public string RoleName(string role) => labels.Role(role);

    public string StatusName(AccountStatus status) => labels.Status(status);

    public string PageLink(int page) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("search", Search), new("role", Role), new("status", Status?.ToString()), new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
