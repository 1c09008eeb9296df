namespace HealthAiAcademy.Host.Resources;

/// <summary>The host's words (layout, account pages) in HostText.resx (English, the keys) and HostText.nl.resx (Dutch).</summary>
internal sealed class HostText;
