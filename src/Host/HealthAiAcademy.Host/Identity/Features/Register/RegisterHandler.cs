using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.Register;

/// <param name="User">The new account, to sign in at once; null when it must confirm its address first (or on errors).</param>
/// <param name="AwaitsConfirmation">True when the answer is "check your email", whether or not the address had an account.</param>
internal sealed record Registration(AcademyUser? User, ValidationErrors Errors, bool AwaitsConfirmation);

[ServesAnyone("Anyone may create a participant account; it answers the same for known and unknown addresses.")]
internal sealed class RegisterHandler(
    AccountCreation creation, UserManager<AcademyUser> users, AccountEmails emails, IOptions<IdentityOptions> identity)
{
    /// <summary>
    /// A new participant account. Where addresses must be confirmed (outside Development by default), the answer is the
    /// same whether or not the address has an account: its owner gets an email either way, a link to confirm or a note
    /// that they have an account already. Without confirmation, the account is signed in at once.
    /// </summary>
    public async Task<Registration> HandleAsync(RegistrationInput input, CancellationToken cancellationToken)
    {
        var errors = await creation.ValidateAsync(input);
        if (!errors.IsValid)
        {
            return new Registration(null, errors, false);
        }

        if (!identity.Value.SignIn.RequireConfirmedEmail)
        {
            var (user, creationErrors) = await creation.CreateAsync(input, Roles.Participant, emailConfirmed: false, cancellationToken);
            return new Registration(user, creationErrors, false);
        }

        if (await users.FindByEmailAsync(input.Email!.Trim()) is { } existing)
        {
            await NotifyOwnerAsync(existing, cancellationToken);
            return new Registration(null, errors, true);
        }

        var (created, _) = await creation.CreateAsync(input, Roles.Participant, emailConfirmed: false, cancellationToken);
        if (created is not null)
        {
            await emails.SendEmailConfirmationAsync(created, cancellationToken);
        }
        else if (await users.FindByEmailAsync(input.Email.Trim()) is { } raced)
        {
            // Registered by a parallel request a moment ago: the same answer as for any existing address.
            await NotifyOwnerAsync(raced, cancellationToken);
        }

        return new Registration(null, errors, true);
    }

    private async Task NotifyOwnerAsync(AcademyUser existing, CancellationToken cancellationToken)
    {
        if (existing.Status == AccountStatus.Unconfirmed)
        {
            await emails.SendEmailConfirmationAsync(existing, cancellationToken);
        }
        else if (existing.Status != AccountStatus.Deactivated)
        {
            await emails.SendAlreadyRegisteredAsync(existing, cancellationToken);
        }
    }
}
