using HealthAiAcademy.BuildingBlocks.Users;
using System.Net.Mail;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.InviteUser;

internal sealed record InviteUserRequest(string? Email, string? FullName, IReadOnlyList<string>? Roles, string? Language);

internal sealed class InviteUserHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, AccountAudit audit, AccountDirectory directory,
    AccountEmails emails, IStringLocalizer<HostText> text, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>Makes an account without a password and emails its holder a one-time link to choose one.</summary>
    public async Task<Outcome<UserSummary>> HandleAsync(InviteUserRequest request, CancellationToken cancellationToken)
    {
        var email = request.Email?.Trim();
        var roles = request.Roles ?? [];
        // Administrators invite anyone in any role; coordinators invite the participants of a past run's list.
        if (!currentUser.IsAdministrator() && !(roles.Count == 0 && currentUser.IsCoordinator()))
        {
            return Outcome<UserSummary>.Forbidden("Only administrators invite people.");
        }

        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrEmpty(email), "email", text["Email is required."])
            .AddIf(!string.IsNullOrEmpty(email) && (email.Length > 256 || !MailAddress.TryCreate(email, out _)), "email", text["Enter an email address such as name@hospital.nl."])
            .AddIf(request.Language is not null && AcademyLanguages.Normalize(request.Language) is null, "language", text["Language is nl or en."]);
        ProfileInput.ValidateProfile(request.FullName, null, null, errors);
        for (var i = 0; i < roles.Count; i++)
        {
            errors.Check(roles[i], $"roles[{i}]", text);
        }

        if (!errors.IsValid)
        {
            return Outcome<UserSummary>.Invalid(errors);
        }

        if (await users.FindByEmailAsync(email!) is not null)
        {
            return Outcome<UserSummary>.Conflict(text["An account with this email address exists already: find it in the list of users."]);
        }

        var invited = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var user = new AcademyUser
            {
                UserName = email,
                Email = email,
                FullName = request.FullName!.Trim(),
                PreferredLanguage = AcademyLanguages.Normalize(request.Language),
                CreatedAtUtc = now,
                InvitedAtUtc = now,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Outcome<AcademyUser>.Conflict(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            AccountChanges.Require(await users.AddToRolesAsync(user, [Roles.Participant, .. roles.Distinct()]));
            audit.Record(user.Id, AccountChangeKind.Invited, string.Join(", ", roles.Distinct().DefaultIfEmpty(Roles.Participant)));
            await db.SaveChangesAsync(token);
            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
        if (!invited.IsOk)
        {
            return invited.Refusal<UserSummary>();
        }

        // After the commit: a retried transaction must not send two invitations, and a failed one none.
        await emails.SendInvitationAsync(invited.Value!, cancellationToken);
        return Outcome<UserSummary>.Ok((await directory.SummariesAsync([invited.Value!], cancellationToken)).Single());
    }
}
