namespace HealthAiAcademy.Courses.Domain;

/// <summary>The reusable definition of what is taught; each run of it is an <see cref="Offering"/>.</summary>
internal sealed class Course
{
    private Course()
    {
    }

    public Course(Guid id, string code, CourseDefinition definition)
    {
        Id = id;
        Code = code;
        Apply(definition);
    }

    public Course(Guid id, string code, string title, string summary, string language, int studyLoadHours)
        : this(id, code, new CourseDefinition(title, summary, string.Empty, language, studyLoadHours, null, [], [], [], [], [], null))
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    /// <summary>Markdown; rendered sanitised.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>ISO 639-1: "nl" or "en".</summary>
    public string Language { get; private set; } = "en";

    public int StudyLoadHours { get; private set; }

    public double? Ects { get; private set; }

    public List<string> LearningObjectives { get; private set; } = [];

    public List<string> Audiences { get; private set; } = [];

    public List<string> Topics { get; private set; } = [];

    public List<Guid> InstructorIds { get; private set; } = [];

    public List<Accreditation> Accreditations { get; private set; } = [];

    /// <summary>How long a certificate stays valid, when the course requires recertification.</summary>
    public int? CertificateValidityMonths { get; private set; }

    public void Apply(CourseDefinition definition)
    {
        Title = definition.Title;
        Summary = definition.Summary;
        Description = definition.Description;
        Language = definition.Language;
        StudyLoadHours = definition.StudyLoadHours;
        Ects = definition.Ects;
        LearningObjectives = [.. definition.LearningObjectives];
        Audiences = [.. definition.Audiences];
        Topics = [.. definition.Topics];
        InstructorIds = [.. definition.InstructorIds];
        Accreditations = [.. definition.Accreditations];
        CertificateValidityMonths = definition.CertificateValidityMonths;
    }
}
