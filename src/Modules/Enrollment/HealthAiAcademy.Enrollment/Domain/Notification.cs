namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>An in-app notification: the same message as the email, listed for the user.</summary>
internal sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid userId, string title, string body, string? link, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Title = title;
        Body = body;
        Link = link;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string? Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
