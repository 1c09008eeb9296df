using System.Linq.Expressions;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>One person's place (or request for a place) in one offering; one row per person and offering.</summary>
internal sealed class Enrollment
{
    private Enrollment()
    {
    }

    public Enrollment(Guid id, Guid offeringId, Guid userId, EnrollmentStatus status, int? waitlistPosition, DateTime requestedAtUtc)
    {
        Id = id;
        OfferingId = offeringId;
        UserId = userId;
        Status = status;
        WaitlistPosition = waitlistPosition;
        RequestedAtUtc = requestedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid UserId { get; private set; }

    public EnrollmentStatus Status { get; private set; }

    /// <summary>1-based FIFO position while waitlisted; positions of an offering are always 1..n without gaps.</summary>
    public int? WaitlistPosition { get; private set; }

    /// <summary>While set, a freed seat is held for this waitlisted person until then.</summary>
    public DateTime? OfferExpiresAtUtc { get; private set; }

    public string? Motivation { get; private set; }

    public string? DecisionMessage { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime? EnrolledAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>Counts against the capacity: taking part, or offered a freed seat that is held until the offer lapses.</summary>
    public bool HoldsSeat => TakesPart || OfferExpiresAtUtc is not null;

    /// <summary>Enrolled or completed: follows sessions and lessons, has attendance, hands in work.</summary>
    public bool TakesPart => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed;

    /// <summary><see cref="TakesPart"/> for queries.</summary>
    public static readonly Expression<Func<Enrollment, bool>> TakingPart =
        e => e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed;

    /// <summary>A place in a run that took place before the academy recorded it: taken from its start, as the attendance list says.</summary>
    public static Enrollment FromPastRun(Guid offeringId, Guid userId, DateTime startedAtUtc) =>
        new(Guid.NewGuid(), offeringId, userId, EnrollmentStatus.Enrolled, null, startedAtUtc) { EnrolledAtUtc = startedAtUtc };

    public static Enrollment Request(Guid offeringId, Guid userId, string? motivation, DateTime nowUtc) =>
        new(Guid.NewGuid(), offeringId, userId, EnrollmentStatus.PendingApproval, null, nowUtc) { Motivation = motivation };

    public void Enrol(DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.PendingApproval, EnrollmentStatus.Waitlisted, EnrollmentStatus.Withdrawn);
        Status = EnrollmentStatus.Enrolled;
        WaitlistPosition = null;
        OfferExpiresAtUtc = null;
        EnrolledAtUtc = nowUtc;
        EndedAtUtc = null;
    }

    public void Waitlist(int position)
    {
        Ensure(EnrollmentStatus.PendingApproval, EnrollmentStatus.Withdrawn);
        Status = EnrollmentStatus.Waitlisted;
        WaitlistPosition = position;
        EndedAtUtc = null;
    }

    public void AwaitApproval(string? motivation, DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.Withdrawn, EnrollmentStatus.Rejected);
        Status = EnrollmentStatus.PendingApproval;
        Motivation = motivation;
        RequestedAtUtc = nowUtc;
        DecisionMessage = null;
        EndedAtUtc = null;
    }

    /// <summary>On erasure: what the person and staff wrote (motivation, decision message) goes; status and dates stay.</summary>
    public void EraseFreeText()
    {
        Motivation = null;
        DecisionMessage = null;
    }

    public void Reject(string? message, DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.PendingApproval);
        Status = EnrollmentStatus.Rejected;
        DecisionMessage = message;
        EndedAtUtc = nowUtc;
        DecidedAtUtc = nowUtc;
    }

    /// <summary>Accepts a pending application; where it lands (a seat or the waiting list) is the book's decision.</summary>
    public void Approve(string? message, DateTime nowUtc)
    {
        if (Status != EnrollmentStatus.PendingApproval)
        {
            throw new BusinessRuleViolationException($"Only a pending application can be approved; this one is {Status}.");
        }

        DecisionMessage = message;
        DecidedAtUtc = nowUtc;
    }

    /// <summary>When a coordinator decided on the application (for the "application decided" message).</summary>
    public DateTime? DecidedAtUtc { get; private set; }

    public void OfferSeat(DateTime expiresAtUtc)
    {
        Ensure(EnrollmentStatus.Waitlisted);
        OfferExpiresAtUtc = expiresAtUtc;
    }

    /// <summary>
    /// Participants withdraw themselves until the cancellation deadline (a waiting place or an application at any time);
    /// coordinators withdraw anyone at any time.
    /// </summary>
    public void Withdraw(DateTime nowUtc, DateTime cancellationDeadlineUtc, bool byCoordinator)
    {
        if (!byCoordinator && Status == EnrollmentStatus.Enrolled && nowUtc > cancellationDeadlineUtc)
        {
            throw new BusinessRuleViolationException("The cancellation deadline has passed: ask the coordinator to withdraw you.");
        }

        Leave(nowUtc);
    }

    /// <summary>A waitlisted person claims the seat held for them, before the offer lapses.</summary>
    public void ClaimOfferedSeat(DateTime nowUtc)
    {
        if (Status != EnrollmentStatus.Waitlisted || OfferExpiresAtUtc is not { } expires || expires <= nowUtc)
        {
            throw new BusinessRuleViolationException("There is no open seat offer for this enrollment (it may have expired).");
        }

        Enrol(nowUtc);
    }

    private void Leave(DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.PendingApproval, EnrollmentStatus.Enrolled, EnrollmentStatus.Waitlisted);
        Status = EnrollmentStatus.Withdrawn;
        WaitlistPosition = null;
        OfferExpiresAtUtc = null;
        EndedAtUtc = nowUtc;
    }

    /// <summary>Enrolled but did not take part; the seat stays counted, since the offering has started and no one else can use it.</summary>
    public void MarkNoShow(DateTime nowUtc, DateTime offeringStartsAtUtc)
    {
        if (offeringStartsAtUtc > nowUtc)
        {
            throw new BusinessRuleViolationException("A participant can be marked as a no-show once the offering has started.");
        }

        Ensure(EnrollmentStatus.Enrolled);
        Status = EnrollmentStatus.NoShow;
        EndedAtUtc = nowUtc;
    }

    public DateTime? CompletedAtUtc { get; private set; }

    public int? AttendancePercent { get; private set; }

    /// <summary>When every rule was met except the course evaluation the offering requires; the participant may answer it from then on.</summary>
    public DateTime? AwaitingEvaluationSinceUtc { get; private set; }

    public void AwaitEvaluation(DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.Enrolled);
        AwaitingEvaluationSinceUtc ??= nowUtc;
    }

    /// <summary>Every rule is met but the evaluation: completion, and the certificate, follow the answers.</summary>
    public bool WaitsForEvaluation => Status == EnrollmentStatus.Enrolled && AwaitingEvaluationSinceUtc is not null;

    /// <summary>Who may answer the offering's evaluation: those who completed, or would have but for it.</summary>
    public bool MayEvaluate => Status == EnrollmentStatus.Completed || WaitsForEvaluation;

    /// <summary><see cref="MayEvaluate"/> for queries.</summary>
    public static readonly Expression<Func<Enrollment, bool>> MayEvaluateQuery =
        e => e.Status == EnrollmentStatus.Completed || (e.Status == EnrollmentStatus.Enrolled && e.AwaitingEvaluationSinceUtc != null);

    public void Complete(int attendancePercent, DateTime nowUtc)
    {
        Ensure(EnrollmentStatus.Enrolled);
        Status = EnrollmentStatus.Completed;
        AttendancePercent = attendancePercent;
        CompletedAtUtc = nowUtc;
    }

    /// <summary>The offered seat was not claimed in time: the person leaves the waiting list and the seat passes on.</summary>
    public void LetOfferLapse(DateTime nowUtc)
    {
        Leave(nowUtc);
        DecisionMessage = "The offered seat was not claimed in time.";
    }

    private void Ensure(params EnrollmentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessRuleViolationException($"This enrollment is {Status}: that is not possible now.");
        }
    }
}
