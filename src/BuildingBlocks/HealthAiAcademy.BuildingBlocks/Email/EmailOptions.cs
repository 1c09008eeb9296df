namespace HealthAiAcademy.BuildingBlocks.Email;

public enum EmailDelivery
{
    PickupDirectory,
    Smtp,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupDirectory;

    public string From { get; set; } = "Health AI Academy <no-reply@healthaiacademy.local>";

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    public bool SmtpUseStartTls { get; set; }

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
