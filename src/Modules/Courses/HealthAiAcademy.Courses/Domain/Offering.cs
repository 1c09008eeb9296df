using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>One run of a course, with its own dates, seats, rules and status.</summary>
internal sealed class Offering
{
    private static readonly Dictionary<OfferingStatus, OfferingStatus[]> AllowedTransitions = new()
    {
        [OfferingStatus.Draft] = [OfferingStatus.Published, OfferingStatus.Cancelled],
        [OfferingStatus.Published] = [OfferingStatus.Closed, OfferingStatus.Completed, OfferingStatus.Cancelled],
        [OfferingStatus.Closed] = [OfferingStatus.Published, OfferingStatus.Completed, OfferingStatus.Cancelled],
        [OfferingStatus.Completed] = [],
        [OfferingStatus.Cancelled] = [],
    };

    private Offering()
    {
    }

    public Offering(Guid id, Course course, OfferingPlan plan)
    {
        Id = id;
        Course = course;
        CourseId = course.Id;
        Status = OfferingStatus.Draft;
        IsPastRunRecord = plan.PastRunRecord;
        Apply(plan);
    }

    public Offering(Guid id, Course course, OfferingKind kind, string cohortLabel, DateTime startsAtUtc, DateTime endsAtUtc, int? capacity = null)
        : this(id, course, new OfferingPlan(
            kind, cohortLabel, startsAtUtc, endsAtUtc, startsAtUtc.AddDays(-60), startsAtUtc.AddDays(-7), startsAtUtc.AddDays(-7),
            capacity, EnrollmentPolicy.Open, true, false, false, false, DeliveryMode.Online, null, null, 0, []))
    {
        if (endsAtUtc < startsAtUtc)
        {
            throw new ArgumentException("An offering cannot end before it starts.", nameof(endsAtUtc));
        }
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>
    /// A run that took place before the academy recorded it (moving from spreadsheets): never published or enrolled in;
    /// its participants and attendance are imported, and it goes from draft straight to completed. Fixed at creation.
    /// </summary>
    public bool IsPastRunRecord { get; private set; }

    public Course Course { get; private set; } = null!;

    public OfferingKind Kind { get; private set; }

    public string CohortLabel { get; private set; } = string.Empty;

    public DateTime StartsAtUtc { get; private set; }

    public DateTime EndsAtUtc { get; private set; }

    public DateTime EnrollmentOpensAtUtc { get; private set; }

    public DateTime EnrollmentClosesAtUtc { get; private set; }

    public DateTime CancellationDeadlineUtc { get; private set; }

    /// <summary>Seats; null means unlimited (webinars and inspiration sessions).</summary>
    public int? Capacity { get; private set; }

    public EnrollmentPolicy EnrollmentPolicy { get; private set; }

    public bool WaitlistEnabled { get; private set; }

    public bool AutomaticWaitlistPromotion { get; private set; }

    public bool RequiresStudentNumber { get; private set; }

    public bool RequiresRegistrationNumber { get; private set; }

    public DeliveryMode Delivery { get; private set; }

    public string? Location { get; private set; }

    public string? OnlineLink { get; private set; }

    public int MinimumAttendancePercent { get; private set; }

    /// <summary>Filled in by the Assessment module's coordinators: assessments a participant must pass to complete.</summary>
    public List<Guid> RequiredAssessmentIds { get; private set; } = [];

    public List<Guid> InstructorIds { get; private set; } = [];

    public OfferingStatus Status { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency: two coordinators editing at once cannot overwrite each other silently.</summary>
    public int Version { get; private set; }

    public List<Session> Sessions { get; private set; } = [];

    public OfferingPlan Plan => new(
        Kind, CohortLabel, StartsAtUtc, EndsAtUtc, EnrollmentOpensAtUtc, EnrollmentClosesAtUtc, CancellationDeadlineUtc, Capacity,
        EnrollmentPolicy, WaitlistEnabled, AutomaticWaitlistPromotion, RequiresStudentNumber, RequiresRegistrationNumber, Delivery,
        Location, OnlineLink, MinimumAttendancePercent, InstructorIds, IsPastRunRecord);

    /// <summary>What Enrollment decides enrolments by; sent with every publication and change.</summary>
    public EnrollmentTerms EnrollmentTerms => new(
        Id, Course.Title, Kind, Status, StartsAtUtc, EnrollmentOpensAtUtc, EnrollmentClosesAtUtc, Capacity, EnrollmentPolicy, WaitlistEnabled,
        AutomaticWaitlistPromotion, RequiresStudentNumber, Version, RequiresRegistrationNumber);

    /// <summary>Everyone who teaches this run: its own instructors and the course's.</summary>
    public IReadOnlyList<Guid> Faculty => [.. InstructorIds.Union(Course.InstructorIds)];

    public List<FacultyDisclosure> Disclosures { get; private set; } = [];

    /// <summary>The faculty who have not declared their financial relationships for this run.</summary>
    public IReadOnlyList<Guid> UndeclaredFaculty => [.. Faculty.Where(id => Disclosures.All(d => d.InstructorId != id))];

    public bool IsTaughtBy(Guid userId) => InstructorIds.Contains(userId) || Course.InstructorIds.Contains(userId);

    public OfferingChangedIntegrationEvent Update(OfferingPlan plan, DateTime nowUtc)
    {
        if (Status is OfferingStatus.Completed or OfferingStatus.Cancelled)
        {
            throw new BusinessRuleViolationException($"A {Status.ToString().ToLowerInvariant()} offering can no longer be changed.");
        }

        if (Sessions.Any(s => s.Status == SessionStatus.Scheduled && (s.StartsAtUtc < plan.StartsAtUtc || s.EndsAtUtc > plan.EndsAtUtc)))
        {
            throw new BusinessRuleViolationException("Scheduled sessions would fall outside the new dates: move or cancel them first.");
        }

        Apply(plan);
        Version++;
        return new OfferingChangedIntegrationEvent { OccurredAtUtc = nowUtc, OfferingId = Id, Capacity = Capacity, Status = Status, Terms = EnrollmentTerms };
    }

    public void SetRequiredAssessments(IEnumerable<Guid> assessmentIds) => RequiredAssessmentIds = [.. assessmentIds.Distinct()];

    public OfferingPublishedIntegrationEvent Publish(DateTime nowUtc)
    {
        if (Status != OfferingStatus.Draft)
        {
            throw new BusinessRuleViolationException($"Only a draft can be published; this offering is {Status}.");
        }

        // Accrediting bodies require every teacher's declaration before participants are invited.
        if (Course.Accreditations.Count > 0 && UndeclaredFaculty.Count > 0)
        {
            throw new BusinessRuleViolationException(
                $"An accredited offering is published once every instructor has declared their financial relationships; {UndeclaredFaculty.Count} have not yet.");
        }

        MoveTo(OfferingStatus.Published);
        PublishedAtUtc = nowUtc;
        return new OfferingPublishedIntegrationEvent
        {
            OccurredAtUtc = nowUtc,
            OfferingId = Id,
            Title = Course.Title,
            Kind = Kind,
            Capacity = Capacity,
            StartsAtUtc = StartsAtUtc,
            EndsAtUtc = EndsAtUtc,
            Terms = EnrollmentTerms,
        };
    }

    /// <summary>Close, complete or cancel (or reopen a closed offering). Publishing has its own method.</summary>
    public IntegrationEvent ChangeStatus(OfferingStatus target, DateTime nowUtc)
    {
        if (IsPastRunRecord && target is OfferingStatus.Published or OfferingStatus.Closed)
        {
            throw new BusinessRuleViolationException("A record of a past run is not published: import its participants, then mark it completed.");
        }

        if (target == OfferingStatus.Published && Status == OfferingStatus.Draft)
        {
            return Publish(nowUtc);
        }

        // Completing says the run took place: not while a session is still to come.
        if (target == OfferingStatus.Completed && Sessions.Any(s => s.Status == SessionStatus.Scheduled && s.EndsAtUtc > nowUtc))
        {
            throw new BusinessRuleViolationException("The offering can be marked completed only after its last session has ended.");
        }

        if (IsPastRunRecord && target == OfferingStatus.Completed && Status == OfferingStatus.Draft)
        {
            Status = OfferingStatus.Completed;
        }
        else
        {
            MoveTo(target);
        }

        Version++;
        return target == OfferingStatus.Cancelled
            ? new OfferingCancelledIntegrationEvent { OccurredAtUtc = nowUtc, OfferingId = Id, Title = Course.Title }
            : new OfferingChangedIntegrationEvent { OccurredAtUtc = nowUtc, OfferingId = Id, Capacity = Capacity, Status = Status, Terms = EnrollmentTerms };
    }

    /// <summary>A new draft of the same course, every date shifted by <paramref name="shift"/>, with the same sessions.</summary>
    public Offering Rerun(Guid newId, TimeSpan shift, string cohortLabel)
    {
        var copy = new Offering(newId, Course, Plan.ShiftedBy(shift, cohortLabel));
        copy.SetRequiredAssessments([]);
        foreach (var session in Sessions.Where(s => s.Status == SessionStatus.Scheduled))
        {
            copy.Sessions.Add(session.CopyFor(copy.Id, shift));
        }

        return copy;
    }

    public (Session Session, SessionScheduledIntegrationEvent Event) ScheduleSession(SessionPlan plan, DateTime nowUtc)
    {
        EnsureOpenForSessions();
        EnsureWithinDates(plan);
        var session = new Session(Guid.NewGuid(), Id, plan);
        Sessions.Add(session);
        return (session, new SessionScheduledIntegrationEvent
        {
            OccurredAtUtc = nowUtc, SessionId = session.Id, OfferingId = Id, StartsAtUtc = session.StartsAtUtc, DurationMinutes = session.DurationMinutes,
        });
    }

    public SessionRescheduledIntegrationEvent RescheduleSession(Session session, SessionPlan plan, DateTime nowUtc)
    {
        EnsureOpenForSessions();
        EnsureWithinDates(plan);
        var previous = session.StartsAtUtc;
        session.Reschedule(plan);
        return new SessionRescheduledIntegrationEvent
        {
            OccurredAtUtc = nowUtc, SessionId = session.Id, OfferingId = Id, PreviousStartsAtUtc = previous,
            StartsAtUtc = session.StartsAtUtc, DurationMinutes = session.DurationMinutes,
        };
    }

    public SessionCancelledIntegrationEvent CancelSession(Session session, DateTime nowUtc)
    {
        EnsureOpenForSessions();
        session.Cancel();
        return new SessionCancelledIntegrationEvent { OccurredAtUtc = nowUtc, SessionId = session.Id, OfferingId = Id, StartsAtUtc = session.StartsAtUtc };
    }

    private void Apply(OfferingPlan plan)
    {
        Kind = plan.Kind;
        CohortLabel = plan.CohortLabel;
        StartsAtUtc = plan.StartsAtUtc;
        EndsAtUtc = plan.EndsAtUtc;
        EnrollmentOpensAtUtc = plan.EnrollmentOpensAtUtc;
        EnrollmentClosesAtUtc = plan.EnrollmentClosesAtUtc;
        CancellationDeadlineUtc = plan.CancellationDeadlineUtc;
        Capacity = plan.Capacity;
        EnrollmentPolicy = plan.EnrollmentPolicy;
        WaitlistEnabled = plan.WaitlistEnabled;
        AutomaticWaitlistPromotion = plan.AutomaticWaitlistPromotion;
        RequiresStudentNumber = plan.RequiresStudentNumber;
        RequiresRegistrationNumber = plan.RequiresRegistrationNumber;
        Delivery = plan.Delivery;
        Location = plan.Location;
        OnlineLink = plan.OnlineLink;
        MinimumAttendancePercent = plan.MinimumAttendancePercent;
        InstructorIds = [.. plan.InstructorIds.Distinct()];
    }

    private void MoveTo(OfferingStatus target)
    {
        if (!AllowedTransitions[Status].Contains(target))
        {
            throw new BusinessRuleViolationException($"An offering cannot go from {Status} to {target}.");
        }

        Status = target;
    }

    private void EnsureOpenForSessions()
    {
        if (Status is OfferingStatus.Completed or OfferingStatus.Cancelled)
        {
            throw new BusinessRuleViolationException($"Sessions of a {Status.ToString().ToLowerInvariant()} offering cannot change.");
        }
    }

    private void EnsureWithinDates(SessionPlan plan)
    {
        if (plan.StartsAtUtc < StartsAtUtc || plan.StartsAtUtc.AddMinutes(plan.DurationMinutes) > EndsAtUtc)
        {
            throw new ArgumentOutOfRangeException(nameof(plan), "A session must fall within the offering's dates.");
        }
    }
}
