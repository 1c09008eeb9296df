using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>One completion of a bulk issue with the facts loaded for the whole batch.</summary>
internal sealed record BulkCompletion(CompletionFacts Completion, UserProfile? Profile, ParticipantResults? Results, IReadOnlySet<Guid> PresentAt);

/// <summary>
/// Builds a certificate from the offering, the holder's profile and (for a minor) the transcript, renders its PDF and stages both in
/// the caller's unit of work. The unique (enrollment, generation) key turns a duplicate into a failed save, never a second certificate.
/// </summary>
internal sealed class CertificateIssuer(
    CertificationDbContext db, ICourseCatalog catalog, IUserDirectory users, IAssessmentDirectory assessments, IEnrollmentDirectory enrollments,
    ICertificateRenderer renderer,
    IOptions<CertificateOptions> options, OfferingLabels labels, TimeProvider clock)
{
    /// <summary>Stages the first certificate of a completed enrollment; null when it already has one or the offering is gone.</summary>
    public async Task<Certificate?> StageFirstAsync(CompletionFacts completion, CancellationToken cancellationToken)
    {
        if (await db.Certificates.AnyAsync(c => c.EnrollmentId == completion.EnrollmentId, cancellationToken))
        {
            return null;
        }

        return await StageAsync(completion, generation: 1, cancellationToken);
    }

    /// <param name="replacing">The certificate a reissue replaces, named in the issued event so receivers stop counting it.</param>
    public async Task<Certificate?> StageAsync(CompletionFacts completion, int generation, CancellationToken cancellationToken, Guid? replacing = null)
    {
        var offering = await catalog.GetCertificateBasisAsync(completion.OfferingId, cancellationToken);
        if (offering is null)
        {
            return null;
        }

        var profile = await users.FindAsync(completion.UserId, cancellationToken);
        var present = await PresenceAsync([completion.EnrollmentId], cancellationToken);
        return Stage(completion, generation, offering, profile, await TranscriptAsync(offering, completion.UserId, cancellationToken), present[completion.EnrollmentId], replacing);
    }

    /// <summary>The sessions each enrollment was present at, asked once for a batch.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> PresenceAsync(IReadOnlyCollection<Guid> enrollmentIds, CancellationToken cancellationToken) =>
        enrollments.PresentSessionsAsync(enrollmentIds, cancellationToken);

    public async Task<ParticipantResults?> TranscriptAsync(CertificateBasis offering, Guid userId, CancellationToken cancellationToken) =>
        offering.Kind == OfferingKind.Minor ? await assessments.ResultsAsync(offering.OfferingId, userId, cancellationToken) : null;

    /// <summary>Builds, renders and stages a certificate from facts already loaded.</summary>
    public Certificate Stage(
        CompletionFacts completion, int generation, CertificateBasis offering, UserProfile? profile, ParticipantResults? results, IReadOnlySet<Guid> presentAt,
        Guid? replacing = null)
    {
        var certificate = Build(completion, generation, offering, profile, results, presentAt);
        Add(certificate, renderer.Render(certificate, options.Value.VerificationUrl(certificate.VerificationCode)), replacing);
        return certificate;
    }

    /// <summary>
    /// Bulk issue: builds the first certificates of a batch of completions (facts loaded once per offering), renders their PDFs
    /// on every core at once (rendering is the cost: each document is independent, the fonts are shared read-only) and stages them.
    /// </summary>
    public IReadOnlyList<Certificate> StageFirst(CertificateBasis offering, IReadOnlyList<BulkCompletion> completions)
    {
        var certificates = completions.Select(c => Build(c.Completion, 1, offering, c.Profile, c.Results, c.PresentAt)).ToList();
        var pdfs = new byte[certificates.Count][];
        Parallel.For(0, certificates.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => pdfs[i] = renderer.Render(certificates[i], options.Value.VerificationUrl(certificates[i].VerificationCode)));
        for (var i = 0; i < certificates.Count; i++)
        {
            Add(certificates[i], pdfs[i], replacing: null);
        }

        return certificates;
    }

    private Certificate Build(
        CompletionFacts completion, int generation, CertificateBasis offering, UserProfile? profile, ParticipantResults? results, IReadOnlySet<Guid> presentAt)
    {
        var counted = offering.Sessions ?? [];
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var completedOn = AcademyTime.DateOf(completion.CompletedAtUtc);
        var language = AcademyLanguages.Normalize(offering.Language) ?? AcademyLanguages.English;
        using var printedIn = AcademyLanguages.Use(language);
        var certificate = new Certificate(Guid.NewGuid(), CertificateCodes.NewNumber(now), CertificateCodes.NewVerificationCode(), completion.EnrollmentId,
            generation, offering.OfferingId, offering.CourseId, completion.UserId, now)
        {
            Template = offering.Kind switch
            {
                OfferingKind.Minor => CertificateTemplate.Transcript,
                OfferingKind.ClinicianCourse => CertificateTemplate.Completion,
                _ => CertificateTemplate.Participation,
            },
            HolderName = profile?.FullName ?? "(name unknown)",
            RegistrationNumber = string.IsNullOrWhiteSpace(profile?.RegistrationNumber) ? null : profile.RegistrationNumber,
            OfferingTitle = offering.Title,
            CourseCode = offering.CourseCode,
            Language = language,
            OfferingKind = labels.Kind(offering.Kind),
            Delivery = labels.Delivery(offering.Delivery),
            Location = offering.Delivery == DeliveryMode.Online ? null : offering.Location,
            StartDate = AcademyTime.DateOf(offering.StartsAtUtc),
            EndDate = AcademyTime.DateOf(offering.EndsAtUtc),
            CompletedOn = completedOn,
            StudyLoadHours = offering.StudyLoadHours,
            Ects = offering.Kind == OfferingKind.Minor ? offering.Ects : null,
            AttendancePercent = completion.AttendancePercent,
            Points = [.. AccreditationFor.Holder(offering.Accreditations, profile?.Profession)
                .Select(a => new AwardedPoints
                {
                    Registry = a.Registry, AccreditationId = a.AccreditationId, Points = AccreditationFor.Awarded(a, counted, presentAt), MaximumPoints = a.Points,
                    Profession = a.Profession,
                })],
            HolderProfession = string.IsNullOrWhiteSpace(profile?.Profession) ? null : profile.Profession.Trim(),
            AccreditedFor = [.. offering.Accreditations.Select(a => a.Profession).Distinct(StringComparer.OrdinalIgnoreCase)],
            LearningOutcomes = [.. offering.LearningObjectives],
            Transcript = results is null ? [] : [.. results.Results.Select(r => new TranscriptLine { Title = r.Title, Weight = r.Weight, ScorePercent = r.ScorePercent, Passed = r.Passed })],
            FinalScorePercent = results?.WeightedScorePercent,
            Institution = settings.Institution,
            Signatory = settings.Signatory,
            SignatoryTitle = settings.SignatoryTitle,
            ExpiresOn = offering.CertificateValidityMonths is { } months ? completedOn.AddMonths(months) : null,
        };
        return certificate;
    }

    private void Add(Certificate certificate, byte[] pdf, Guid? replacing)
    {
        Attach(certificate, pdf);
        db.Certificates.Add(certificate);
        db.AddIntegrationEvent(CertificateEvents.Issued(certificate, replacing, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Renders the PDF again (after a template change); the stored bytes and their hash are replaced together.</summary>
    public async Task RegenerateAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        var pdf = renderer.Render(certificate, options.Value.VerificationUrl(certificate.VerificationCode));
        var document = await db.Documents.SingleOrDefaultAsync(d => d.CertificateId == certificate.Id, cancellationToken);
        if (document is null)
        {
            db.Documents.Add(new CertificateDocument(certificate.Id, pdf));
        }
        else
        {
            document.Replace(pdf);
        }

        certificate.AttachPdf(pdf);
    }

    private void Attach(Certificate certificate, byte[] pdf)
    {
        db.Documents.Add(new CertificateDocument(certificate.Id, pdf));
        certificate.AttachPdf(pdf);
    }
}
