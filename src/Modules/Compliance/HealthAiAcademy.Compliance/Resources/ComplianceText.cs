namespace HealthAiAcademy.Compliance.Resources;

/// <summary>The Compliance module's words in ComplianceText.resx (English, the keys) and ComplianceText.nl.resx (Dutch).</summary>
internal sealed class ComplianceText;
