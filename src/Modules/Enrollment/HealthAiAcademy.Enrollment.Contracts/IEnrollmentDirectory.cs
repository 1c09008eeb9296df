namespace HealthAiAcademy.Enrollment.Contracts;

/// <summary>What other modules may ask Enrollment synchronously.</summary>
public interface IEnrollmentDirectory
{
    /// <summary>True when the user holds a seat (enrolled or completed) in the offering.</summary>
    Task<bool> IsParticipantAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Seats taken: enrolled and completed participants.</summary>
    Task<int> CountSeatsTakenAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>Seats taken per offering, for lists.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountSeatsTakenAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>
    /// Seats taken in every offering that has any (others have none), as counted at most two seconds ago: for showing seats
    /// left to many readers at once, as the catalog does; never for deciding.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, int>> RecentSeatsTakenAsync(CancellationToken cancellationToken);

    /// <summary>The offerings in which the user holds a seat.</summary>
    Task<IReadOnlyList<Guid>> OfferingsOfParticipantAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The users holding a seat (enrolled or completed) in the offering, for gradebooks and bulk certificates.</summary>
    Task<IReadOnlyList<Guid>> ParticipantsAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>Completed enrollments, of one offering or of all, for issuing certificates that a lost event left missing.</summary>
    Task<IReadOnlyList<CompletionRecord>> CompletionsAsync(Guid? offeringId, CancellationToken cancellationToken);

    /// <summary>The user's enrollment in the offering, or null when there is none.</summary>
    /// <summary>The sessions each enrollment was present at (excused is not present): what partial points are counted from.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> PresentSessionsAsync(IReadOnlyCollection<Guid> enrollmentIds, CancellationToken cancellationToken);

    Task<ParticipantState?> GetStateAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Per offering, what staff steer by: seats, waiting list, decisions due, completions (one query per figure, not per offering).</summary>
    /// <summary>The offering's announcements meant for this person (a participant, or waiting when sent to the waiting list too), newest first.</summary>
    Task<IReadOnlyList<AnnouncementNote>> AnnouncementsForAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken);

    /// <summary>How many times participants marked any of these lessons done: work a deleted lesson would take with it.</summary>
    Task<int> CountLessonsDoneAsync(IReadOnlyCollection<Guid> lessonIds, CancellationToken cancellationToken);

    /// <summary>How many places the person holds or waits for (enrolled, waitlisted, applied) in offerings that have not ended.</summary>
    Task<int> CountOpenPlacesAsync(Guid userId, DateTime nowUtc, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, OfferingFigures>> FiguresAsync(IReadOnlyCollection<Guid> offeringIds, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <param name="ApplicationsToDecide">Applications and approval requests waiting for a coordinator.</param>
/// <param name="OffersLapsingSoon">Seats offered to someone on the waiting list that lapse within a day.</param>
/// <param name="AttendanceCounted">Attendance records that count (present or absent; excused ones count neither way).</param>
/// <param name="AttendancePresent">Of them, present.</param>
public sealed record OfferingFigures(
    int SeatsTaken, int Waitlisted, int ApplicationsToDecide, int OffersLapsingSoon, int Completed, int AttendanceCounted = 0, int AttendancePresent = 0)
{
    /// <summary>Present as a share of the attendance that counts; null before any was taken.</summary>
    public int? AttendancePercent => AttendanceCounted > 0 ? (int)Math.Round(100.0 * AttendancePresent / AttendanceCounted) : null;
}

public sealed record ParticipantState(Guid EnrollmentId, EnrollmentStatus Status, int? WaitlistPosition);

public sealed record CompletionRecord(Guid EnrollmentId, Guid OfferingId, Guid UserId, int AttendancePercent, DateTime CompletedAtUtc);

public sealed record AnnouncementNote(string Subject, string Message, DateTime SentAtUtc);
