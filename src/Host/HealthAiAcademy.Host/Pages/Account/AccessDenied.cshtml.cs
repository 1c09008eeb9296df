using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

[AllowAnonymous]
internal sealed class AccessDeniedModel : PageModel;
