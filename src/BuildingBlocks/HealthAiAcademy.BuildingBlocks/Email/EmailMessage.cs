namespace HealthAiAcademy.BuildingBlocks.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
