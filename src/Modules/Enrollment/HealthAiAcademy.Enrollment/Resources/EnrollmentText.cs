namespace HealthAiAcademy.Enrollment.Resources;

/// <summary>The Enrollment module's words in EnrollmentText.resx (English, the keys) and EnrollmentText.nl.resx (Dutch).</summary>
internal sealed class EnrollmentText;
