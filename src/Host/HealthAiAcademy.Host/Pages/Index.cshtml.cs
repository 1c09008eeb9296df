using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages;

[AllowAnonymous]
public sealed class IndexModel : PageModel;
