namespace HealthAiAcademy.Enrollment.Contracts.Resources;

/// <summary>The names of enrollment and attendance statuses in EnrollmentStatusText.resx (English, the keys) and .nl.resx (Dutch).</summary>
public sealed class EnrollmentStatusText;
