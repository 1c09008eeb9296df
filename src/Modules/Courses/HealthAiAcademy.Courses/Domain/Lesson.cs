namespace HealthAiAcademy.Courses.Domain;

/// <summary>A text (Markdown), a mini-lecture video link and/or a resource link.</summary>
internal sealed class Lesson
{
    private Lesson()
    {
    }

    public Lesson(Guid id, Guid moduleId, string title, int position, string bodyMarkdown, string? videoUrl, string? resourceUrl)
    {
        Id = id;
        ModuleId = moduleId;
        Title = title;
        Position = position;
        BodyMarkdown = bodyMarkdown;
        VideoUrl = videoUrl;
        ResourceUrl = resourceUrl;
    }

    public Guid Id { get; private set; }

    public Guid ModuleId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string? VideoUrl { get; private set; }

    public string? ResourceUrl { get; private set; }

    public void Change(string title, string bodyMarkdown, string? videoUrl, string? resourceUrl)
    {
        Title = title;
        BodyMarkdown = bodyMarkdown;
        VideoUrl = videoUrl;
        ResourceUrl = resourceUrl;
    }

    public void MoveTo(int position) => Position = position;
}
