namespace HealthAiAcademy.Courses.Domain;

/// <summary>An ordered block of lessons in an offering's learning content.</summary>
internal sealed class ContentModule
{
    private ContentModule()
    {
    }

    public ContentModule(Guid id, Guid offeringId, string title, int position)
    {
        Id = id;
        OfferingId = offeringId;
        Title = title;
        Position = position;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public List<Lesson> Lessons { get; private set; } = [];

    public void Rename(string title) => Title = title;

    public void MoveTo(int position) => Position = position;

    /// <summary>Takes the lesson out and closes the gap, so positions stay 1..n.</summary>
    public void RemoveLesson(Lesson lesson)
    {
        Lessons.Remove(lesson);
        var position = 1;
        foreach (var remaining in Lessons.OrderBy(l => l.Position))
        {
            remaining.MoveTo(position++);
        }
    }

    public Lesson AddLesson(string title, string bodyMarkdown, string? videoUrl, string? resourceUrl)
    {
        var lesson = new Lesson(Guid.NewGuid(), Id, title, Lessons.Count == 0 ? 1 : Lessons.Max(l => l.Position) + 1, bodyMarkdown, videoUrl, resourceUrl);
        Lessons.Add(lesson);
        return lesson;
    }
}
