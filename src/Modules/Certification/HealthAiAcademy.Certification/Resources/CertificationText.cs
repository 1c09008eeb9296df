namespace HealthAiAcademy.Certification.Resources;

/// <summary>The Certification module's words in CertificationText.resx (English, the keys) and CertificationText.nl.resx (Dutch).</summary>
internal sealed class CertificationText;
