namespace HealthAiAcademy.BuildingBlocks.Email;

public enum EmailDelivery
{
    PickupDirectory,
    Smtp,
}

/// <summary>How the connection to the SMTP server is protected. Mail carries names and sign-in links: encrypted unless said otherwise.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS (usually port 587); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Tls,

    /// <summary>Plain text: only for a relay on the same host or a closed network, and only when configured explicitly.</summary>
    None,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupDirectory;

    public string From { get; set; } = "Health AI Academy <no-reply@healthaiacademy.local>";

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 587;

    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>
    /// A PEM certificate (the relay's own, or the hospital's internal CA) trusted besides the system's store, for relays whose
    /// certificate no public authority signed. The host name must still match.
    /// </summary>
    public string? SmtpTrustedCertificatePath { get; set; }

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
