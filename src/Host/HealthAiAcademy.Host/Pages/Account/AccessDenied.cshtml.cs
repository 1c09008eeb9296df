using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel;
