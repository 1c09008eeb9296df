namespace HealthAiAcademy.Courses.Resources;

/// <summary>The Courses module's words in CoursesText.resx (English, the keys) and CoursesText.nl.resx (Dutch).</summary>
internal sealed class CoursesText;
