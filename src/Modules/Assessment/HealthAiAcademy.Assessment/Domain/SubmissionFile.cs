namespace HealthAiAcademy.Assessment.Domain;

/// <summary>An uploaded file, kept in the database (never on a path the web server serves) and only ever sent back as a download.</summary>
internal sealed class SubmissionFile
{
    private SubmissionFile()
    {
    }

    public SubmissionFile(Guid id, Guid assessmentId, Guid userId, string fileName, byte[] content, string sha256, DateTime uploadedAtUtc)
    {
        Id = id;
        AssessmentId = assessmentId;
        UserId = userId;
        FileName = fileName;
        Content = content;
        Sha256 = sha256;
        UploadedAtUtc = uploadedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid UserId { get; private set; }

    public string FileName { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public string Sha256 { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }
}
