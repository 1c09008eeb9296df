using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Courses.Features.GetOffering;

/// <summary>An offering's page: everything a clinician needs to decide, and their own state.</summary>
internal sealed record OfferingDetails(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string Title,
    string Summary,
    string DescriptionHtml,
    OfferingKind Kind,
    OfferingStatus Status,
    string CohortLabel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    DateTime EnrollmentOpensAtUtc,
    DateTime EnrollmentClosesAtUtc,
    DateTime CancellationDeadlineUtc,
    bool EnrollmentOpen,
    int? Capacity,
    int? SeatsLeft,
    EnrollmentPolicy EnrollmentPolicy,
    bool WaitlistEnabled,
    bool RequiresStudentNumber,
    bool RequiresRegistrationNumber,
    DeliveryMode Delivery,
    string? Location,
    string? OnlineLink,
    string Language,
    int StudyLoadHours,
    double? Ects,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<Accreditation> Accreditations,
    IReadOnlyList<SessionResponse> Sessions,
    ParticipantState? MyEnrollment,
    bool MayManage,
    IReadOnlyList<DisclosureView> Disclosures);
