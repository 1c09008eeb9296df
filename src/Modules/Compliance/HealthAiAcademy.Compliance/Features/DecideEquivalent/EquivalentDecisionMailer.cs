using System.Text;
using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Compliance.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Compliance.Features.DecideEquivalent;

/// <summary>
/// Tells the person, in their language, what a coordinator decided on the training they followed elsewhere, and why.
/// Recorded in the inbox once sent, so a second delivery of the event sends nothing.
/// </summary>
internal sealed class EquivalentDecisionMailer(
    ComplianceDbContext db, IUserDirectory users, IEmailSender email, RecipientLanguage language, IStringLocalizer<ComplianceText> text,
    IOptions<ComplianceOptions> options, TimeProvider clock) : IIntegrationEventHandler<EquivalentDecidedIntegrationEvent>
{
    private const string Handler = nameof(EquivalentDecisionMailer);

    public async Task HandleAsync(EquivalentDecidedIntegrationEvent decided, CancellationToken cancellationToken)
    {
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == decided.Id && m.Handler == Handler, cancellationToken)
            || await users.FindAsync(decided.UserId, cancellationToken) is not { } person)
        {
            return;
        }

        EmailMessage message;
        using (language.For(person))
        {
            var (subject, sentence) = decided.Decision switch
            {
                "Approved" => (text["Your training elsewhere is approved"],
                    text["A coordinator approved \"{0}\" for the requirement \"{1}\": it counts from today.", decided.Training, decided.Requirement]),
                "Rejected" => (text["Your training elsewhere is not approved"],
                    text["A coordinator did not approve \"{0}\" for the requirement \"{1}\".", decided.Training, decided.Requirement]),
                _ => (text["The approval of your training elsewhere is withdrawn"],
                    text["A coordinator withdrew the approval of \"{0}\" for the requirement \"{1}\": it no longer counts.", decided.Training, decided.Requirement]),
            };
            var body = new StringBuilder().Append(text["Dear {0},", person.FullName]).Append("\n\n").Append(sentence);
            if (decided.Note is { } note)
            {
                body.Append("\n\n").Append(text["The coordinator wrote: {0}", note]);
            }

            body.Append("\n\n").Append(text["Your obligations and the next runs of the courses that fulfil them: {0}", options.Value.PublicBaseUrl.TrimEnd('/') + "/learning/obligations"])
                .Append("\n\n").Append(text["Health AI Academy"]);
            message = new EmailMessage(person.Email, subject, body.ToString());
        }

        await email.SendAsync(message, cancellationToken);
        db.InboxMessages.Add(new InboxMessage(decided.Id, Handler, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }
}
