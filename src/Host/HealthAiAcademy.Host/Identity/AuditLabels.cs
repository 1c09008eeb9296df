using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity;

/// <summary>The audit trail's action and field codes as administrators read them, in their language.</summary>
internal sealed class AuditLabels(IStringLocalizer<HostText> text, AccountLabels accounts)
{
    /// <summary>Every code the trail records, in the order <see cref="AuditActions"/> declares them, then the account changes.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        .. typeof(AuditActions).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
        .. Enum.GetNames<AccountChangeKind>(),
    ];

    public string Action(string code) => code switch
    {
        AuditActions.CourseCreated => text["Course created"],
        AuditActions.CourseChanged => text["Course changed"],
        AuditActions.OfferingCreated => text["Offering created"],
        AuditActions.OfferingChanged => text["Offering changed"],
        AuditActions.OfferingStatusChanged => text["Offering status changed"],
        AuditActions.SessionScheduled => text["Session scheduled"],
        AuditActions.SessionRescheduled => text["Session rescheduled"],
        AuditActions.SessionCancelled => text["Session cancelled"],
        AuditActions.ApplicationApproved => text["Application approved"],
        AuditActions.ApplicationRejected => text["Application rejected"],
        AuditActions.NoShowMarked => text["Marked as no-show"],
        AuditActions.WithdrawnByStaff => text["Withdrawn by staff"],
        AuditActions.SeatOfferAcceptedByStaff => text["Seat offer accepted by staff"],
        AuditActions.AttendanceRecorded => text["Attendance recorded"],
        AuditActions.AssessmentCreated => text["Assessment created"],
        AuditActions.AssessmentChanged => text["Assessment changed"],
        AuditActions.AssessmentRequirementChanged => text["Completion requirement changed"],
        AuditActions.ExtensionGranted => text["Extension granted"],
        AuditActions.GradeChanged => text["Grade changed"],
        AuditActions.GradesReleased => text["Grades released"],
        AuditActions.CertificateRevoked => text["Certificate revoked"],
        AuditActions.CertificateReissued => text["Certificate reissued"],
        AuditActions.BulkIssueStarted => text["Certificates issued in bulk"],
        AuditActions.CertificatesAnnounced => text["Certificates announced again to other modules"],
        AuditActions.RegistryExported => text["Presence reported to a registry"],
        AuditActions.EventDeliveredAgain => text["Event delivered again"],
        AuditActions.PastRunImported => text["Past run imported"],
        AuditActions.AnnouncementSent => text["Announcement sent"],
        AuditActions.EvaluationChanged => text["Course evaluation set up"],
        AuditActions.DisclosureDeclared => text["Financial relationships declared"],
        AuditActions.HrFileImported => text["HR file imported"],
        AuditActions.OrganisationChanged => text["Organisation changed"],
        AuditActions.MembershipChanged => text["Department membership changed"],
        AuditActions.AiSystemChanged => text["AI-system register changed"],
        AuditActions.RequirementChanged => text["Training requirement changed"],
        AuditActions.ApiClientChanged => text["API key issued or revoked"],
        AuditActions.EquivalentDecided => text["Training elsewhere approved, rejected or withdrawn"],
        AuditActions.EvidenceReportIssued => text["AI-literacy evidence report issued"],
        _ when Enum.TryParse<AccountChangeKind>(code, out var kind) && !int.TryParse(code, out _) => accounts.Change(kind),
        _ => code,
    };

    /// <summary>The field's name where people know it by one; a code nobody reads outside the trail stays as it is.</summary>
    public string Field(string code) => code switch
    {
        "Status" => text["Status"],
        "Capacity" => text["Capacity"],
        "Title" => text["Title"],
        "CohortLabel" => text["Cohort"],
        "StartsAtUtc" => text["Starts"],
        "EndsAtUtc" => text["Ends"],
        "EnrollmentOpensAtUtc" => text["Enrolment opens"],
        "EnrollmentClosesAtUtc" => text["Enrolment closes"],
        "CancellationDeadlineUtc" => text["Cancellation deadline"],
        "MinimumAttendancePercent" => text["Minimum attendance (%)"],
        "RequiredAssessmentIds" => text["Required assessments"],
        "InstructorIds" => text["Instructors"],
        "EnrollmentPolicy" => text["Enrolment policy"],
        "WaitlistEnabled" => text["Waiting list"],
        "Weight" => text["Weight"],
        "PassMarkPercent" => text["Pass mark (%)"],
        "DueAtUtc" => text["Due"],
        "RequiredForCompletion" => text["Required for completion"],
        "ScorePercent" => text["Score (%)"],
        "Feedback" => text["Feedback"],
        "Number" => text["Certificate number"],
        "RevocationReason" => text["Reason"],
        "DurationMinutes" => text["Duration (minutes)"],
        "Topic" => text["Topic"],
        "Accreditations" => text["Accreditations"],
        "Detail" => text["Detail"],
        _ => code,
    };
}
