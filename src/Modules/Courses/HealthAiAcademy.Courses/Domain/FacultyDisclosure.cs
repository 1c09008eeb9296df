namespace HealthAiAcademy.Courses.Domain;

/// <summary>
/// An instructor's declaration, for one run, of the financial relationships relevant to what they teach (or that there is
/// none): accrediting bodies require it, and participants see it on the offering page. Each run asks it anew.
/// </summary>
internal sealed class FacultyDisclosure
{
    public const int CompanyMaxLength = 200;
    public const int NatureMaxLength = 300;
    public const int MaxRelationships = 20;

    private FacultyDisclosure()
    {
    }

    public FacultyDisclosure(Guid offeringId, Guid instructorId)
    {
        OfferingId = offeringId;
        InstructorId = instructorId;
    }

    public Guid OfferingId { get; private set; }

    public Guid InstructorId { get; private set; }

    public bool NothingToDisclose { get; private set; }

    public List<FinancialRelationship> Relationships { get; private set; } = [];

    public DateTime DeclaredAtUtc { get; private set; }

    /// <summary>The instructor, or a coordinator recording a signed form for them.</summary>
    public Guid RecordedBy { get; private set; }

    public void Declare(IReadOnlyList<FinancialRelationship> relationships, Guid recordedBy, DateTime nowUtc)
    {
        Relationships = [.. relationships];
        NothingToDisclose = relationships.Count == 0;
        RecordedBy = recordedBy;
        DeclaredAtUtc = nowUtc;
    }
}

/// <param name="Nature">Such as "advisory board", "research grant", "speaker's fee", "shares".</param>
internal sealed record FinancialRelationship(string Company, string Nature);
