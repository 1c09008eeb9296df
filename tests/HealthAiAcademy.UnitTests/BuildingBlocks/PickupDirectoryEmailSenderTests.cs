using HealthAiAcademy.BuildingBlocks.Email;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

public sealed class PickupDirectoryEmailSenderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "academy-mail-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Writes_a_complete_eml_file_that_a_mail_client_can_read()
    {
        var options = Options.Create(new EmailOptions { PickupDirectory = directory, From = "Academy <academy@example.org>" });
        var sender = new PickupDirectoryEmailSender(options, new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)));

        await sender.SendAsync(
            new EmailMessage("łukasz@example.org", "Session tomorrow", "See you at 09:00.")
            {
                Attachments = [new EmailAttachment("session.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray())],
            },
            CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(directory));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Session tomorrow", message.Subject);
        Assert.Equal("łukasz@example.org", message.To.Mailboxes.Single()!.Address);
        Assert.Equal("See you at 09:00.", message.TextBody?.Trim());
        Assert.Equal("session.ics", message.Attachments.Single()!.ContentDisposition!.FileName);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
