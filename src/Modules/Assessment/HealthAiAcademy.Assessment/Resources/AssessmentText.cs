namespace HealthAiAcademy.Assessment.Resources;

/// <summary>The Assessment module's words in AssessmentText.resx (English, the keys) and AssessmentText.nl.resx (Dutch).</summary>
internal sealed class AssessmentText;
