namespace HealthAiAcademy.Enrollment.Features.SendAnnouncement;

/// <param name="IncludeWaitlist">Whether people on the waiting list receive it too.</param>
internal sealed record SendAnnouncementRequest(string? Subject, string? Message, bool? IncludeWaitlist);

/// <param name="Delivered">To how many people it has been sent so far (email and in-app).</param>
internal sealed record AnnouncementView(Guid Id, Guid OfferingId, string Subject, string Message, bool IncludesWaitlist, DateTime SentAtUtc, int? Delivered);
