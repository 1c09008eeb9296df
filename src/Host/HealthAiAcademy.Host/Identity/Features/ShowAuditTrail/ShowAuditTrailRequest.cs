namespace HealthAiAcademy.Host.Identity.Features.ShowAuditTrail;

/// <param name="From">The first day (yyyy-MM-dd, Amsterdam), inclusive.</param>
/// <param name="To">The last day (yyyy-MM-dd, Amsterdam), inclusive.</param>
/// <param name="Module">Courses, Enrollment, Assessment, Certification or Accounts.</param>
/// <param name="Action">An action code such as <c>ApplicationApproved</c>.</param>
/// <param name="Actor">The email address of the member of staff who acted.</param>
/// <param name="Person">The email address of the person the action was about.</param>
internal sealed record ShowAuditTrailRequest(
    string? From, string? To, string? Module, string? Action, string? Actor, string? Person, Guid? OfferingId, int? Page, int? PageSize);

/// <param name="AtUtc">When, in UTC.</param>
/// <param name="Actor">Name and email of whoever acted, or the system or identity provider.</param>
/// <param name="Person">Name and email of the person it was about, where there is one.</param>
/// <param name="Offering">The offering's title and cohort, where the action concerned one.</param>
internal sealed record AuditLine(
    DateTime AtUtc, string Module, string Action, Guid? ActorId, string Actor, Guid? PersonId, string? Person,
    string SubjectType, Guid SubjectId, Guid? OfferingId, string? Offering, IReadOnlyList<BuildingBlocks.Audit.AuditChange> Changes, string? Note);
