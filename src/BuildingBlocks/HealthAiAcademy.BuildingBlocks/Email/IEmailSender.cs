namespace HealthAiAcademy.BuildingBlocks.Email;

/// <summary>The email port. The embedded default writes .eml files to a pickup folder; production uses SMTP.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
