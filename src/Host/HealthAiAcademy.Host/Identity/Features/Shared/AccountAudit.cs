using System.Security.Claims;
using HealthAiAcademy.Host.Identity.Data;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>Records who changed an account. The record joins the change's own SaveChanges, so neither exists without the other.</summary>
internal sealed class AccountAudit(AcademyIdentityDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(Guid userId, AccountChangeKind kind, string? detail = null)
    {
        var actor = http.HttpContext?.User;
        var actorId = Guid.TryParse(actor?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var actorName = actorId is null ? "system" : actor!.FindFirstValue(ClaimTypes.Name) ?? actorId.ToString()!;
        db.AccountChanges.Add(new AccountChange(userId, actorId, actorName, kind, detail, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>For what a person does before being signed in (setting a password from a link): the person is the actor.</summary>
    public void RecordBySelf(AcademyUser user, AccountChangeKind kind, string? detail = null) =>
        db.AccountChanges.Add(new AccountChange(user.Id, user.Id, user.Email ?? user.Id.ToString(), kind, detail, clock.GetUtcNow().UtcDateTime));

    /// <summary>For what the hospital's identity provider decided (a role from a group): no person acted.</summary>
    public void RecordByProvider(AcademyUser user, string provider, AccountChangeKind kind, string? detail = null) =>
        db.AccountChanges.Add(new AccountChange(user.Id, null, $"single sign-on ({provider})", kind, detail, clock.GetUtcNow().UtcDateTime));
}
