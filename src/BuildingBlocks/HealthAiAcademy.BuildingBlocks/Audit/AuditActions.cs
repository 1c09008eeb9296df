namespace HealthAiAcademy.BuildingBlocks.Audit;

/// <summary>The codes of the staff actions the trail records; stable, because entries keep them forever.</summary>
public static class AuditActions
{
    public const string CourseCreated = nameof(CourseCreated);
    public const string CourseChanged = nameof(CourseChanged);
    public const string OfferingCreated = nameof(OfferingCreated);
    public const string OfferingChanged = nameof(OfferingChanged);
    public const string OfferingStatusChanged = nameof(OfferingStatusChanged);
    public const string CompletionRulesChanged = nameof(CompletionRulesChanged);
    public const string SessionScheduled = nameof(SessionScheduled);
    public const string SessionRescheduled = nameof(SessionRescheduled);
    public const string SessionCancelled = nameof(SessionCancelled);

    public const string ApplicationApproved = nameof(ApplicationApproved);
    public const string ApplicationRejected = nameof(ApplicationRejected);
    public const string NoShowMarked = nameof(NoShowMarked);
    public const string WithdrawnByStaff = nameof(WithdrawnByStaff);
    public const string SeatOfferAcceptedByStaff = nameof(SeatOfferAcceptedByStaff);
    public const string AttendanceRecorded = nameof(AttendanceRecorded);

    public const string AssessmentCreated = nameof(AssessmentCreated);
    public const string AssessmentChanged = nameof(AssessmentChanged);
    public const string AssessmentRequirementChanged = nameof(AssessmentRequirementChanged);
    public const string ExtensionGranted = nameof(ExtensionGranted);
    public const string GradeChanged = nameof(GradeChanged);
    public const string GradesReleased = nameof(GradesReleased);

    public const string CertificateRevoked = nameof(CertificateRevoked);
    public const string CertificateReissued = nameof(CertificateReissued);
    public const string BulkIssueStarted = nameof(BulkIssueStarted);
    public const string CertificatesAnnounced = nameof(CertificatesAnnounced);
    public const string RegistryExported = nameof(RegistryExported);
    public const string PastRunImported = nameof(PastRunImported);
    public const string AnnouncementSent = nameof(AnnouncementSent);
    public const string EvaluationChanged = nameof(EvaluationChanged);
    public const string DisclosureDeclared = nameof(DisclosureDeclared);
    public const string HrFileImported = nameof(HrFileImported);
    public const string OrganisationChanged = nameof(OrganisationChanged);
    public const string MembershipChanged = nameof(MembershipChanged);
    public const string AiSystemChanged = nameof(AiSystemChanged);
    public const string RequirementChanged = nameof(RequirementChanged);
    public const string ApiClientChanged = nameof(ApiClientChanged);
    public const string EquivalentDecided = nameof(EquivalentDecided);
    public const string EvidenceReportIssued = nameof(EvidenceReportIssued);

    public const string EventDeliveredAgain = nameof(EventDeliveredAgain);
}
