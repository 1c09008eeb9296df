using Microsoft.Extensions.Options;

namespace HealthAiAcademy.BuildingBlocks.Email;

/// <summary>Writes each message as an .eml file, so a local installation needs no mail server.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var mime = MimeMessageFactory.Create(message, options.Value.From);
        var fileName = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(directory, fileName + ".tmp");
        await mime.WriteToAsync(temporary, cancellationToken);
        // Renamed only when complete, so a reader never sees half a message.
        File.Move(temporary, Path.Combine(directory, fileName));
    }
}
