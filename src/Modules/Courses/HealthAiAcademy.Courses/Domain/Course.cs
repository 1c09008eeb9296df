namespace HealthAiAcademy.Courses.Domain;

/// <summary>The reusable definition of what is taught; each run of it is an <see cref="Offering"/>.</summary>
internal sealed class Course
{
    private Course()
    {
    }

    public Course(Guid id, string code, string title, string summary, string language, int studyLoadHours)
    {
        Id = id;
        Code = code;
        Title = title;
        Summary = summary;
        Language = language;
        StudyLoadHours = studyLoadHours;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    /// <summary>Markdown; rendered sanitised.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>ISO 639-1: "nl" or "en".</summary>
    public string Language { get; private set; } = "en";

    public int StudyLoadHours { get; private set; }

    public double? Ects { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Audiences { get; set; } = [];
}
