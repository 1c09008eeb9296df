using Hangfire;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.SendReminders;

namespace HealthAiAcademy.Enrollment.Features.SendAnnouncement;

/// <summary>
/// Staff of an offering send its participants (and, if they choose, its waiting list) a message; it is saved with its
/// audit entry, and the reminder sweep, started at once, delivers it by email and in-app to each person once.
/// </summary>
internal sealed class SendAnnouncementHandler(
    EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff, ICurrentUser currentUser, StaffAudit audit, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<Outcome<AnnouncementView>> HandleAsync(Guid offeringId, SendAnnouncementRequest request, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null || !staff.IsStaffOf(offering))
        {
            return Outcome<AnnouncementView>.NotFound("The offering");
        }

        var subject = request.Subject?.Trim();
        var message = request.Message?.Trim();
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrEmpty(subject) || subject.Length > Announcement.SubjectMaxLength, "subject", $"A subject of 1 to {Announcement.SubjectMaxLength} characters.")
            .AddIf(string.IsNullOrEmpty(message) || message.Length > Announcement.BodyMaxLength, "message", $"A message of 1 to {Announcement.BodyMaxLength} characters.");
        if (!errors.IsValid)
        {
            return Outcome<AnnouncementView>.Invalid(errors);
        }

        if (offering.Status == OfferingStatus.Cancelled)
        {
            return Outcome<AnnouncementView>.Conflict("The offering is cancelled; its participants were told so already.");
        }

        var announcement = new Announcement(offeringId, subject!, message!, request.IncludeWaitlist == true, currentUser.UserId!.Value, clock.GetUtcNow().UtcDateTime);
        await db.InTransactionAsync(async token =>
        {
            db.Announcements.Add(announcement);
            audit.Record(db, AuditActions.AnnouncementSent, new AuditSubject(nameof(Announcement), announcement.Id, offeringId),
                new AuditChanges().Add("Subject", (string?)null, announcement.Subject).Add("IncludesWaitlist", (bool?)null, announcement.IncludesWaitlist));
            await db.SaveChangesAsync(token);
        }, cancellationToken);

        // Delivered now rather than at the next five-minute sweep; the sweep would send it all the same if this job were lost.
        jobs.Enqueue<ReminderSweep>(sweep => sweep.RunAsync(CancellationToken.None));
        return Outcome<AnnouncementView>.Ok(new AnnouncementView(
            announcement.Id, offeringId, announcement.Subject, announcement.Body, announcement.IncludesWaitlist, announcement.SentAtUtc, 0));
    }
}
