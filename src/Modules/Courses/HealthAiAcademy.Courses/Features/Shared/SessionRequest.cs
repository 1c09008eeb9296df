namespace HealthAiAcademy.Courses.Features.Shared;

/// <param name="StartsAt">Wall-clock time in <paramref name="TimeZone"/> (Europe/Amsterdam by default), e.g. 2027-07-05T09:00.</param>
internal sealed record SessionRequest(
    string? StartsAt, int? DurationMinutes, string? Topic, string? Location, string? OnlineLink, IReadOnlyList<Guid>? InstructorIds, string? TimeZone);

internal sealed record SessionResponse(
    Guid Id, Guid OfferingId, DateTime StartsAtUtc, int DurationMinutes, string Topic, string? Location, string? OnlineLink,
    Contracts.SessionStatus Status, IReadOnlyList<Guid> InstructorIds)
{
    /// <param name="mayJoin">Whether the reader may have the meeting link (<see cref="OfferingAccess.MayJoinAsync"/>).</param>
    public static SessionResponse From(Domain.Session s, bool mayJoin) =>
        new(s.Id, s.OfferingId, s.StartsAtUtc, s.DurationMinutes, s.Topic, s.Location, mayJoin ? s.OnlineLink : null, s.Status, s.InstructorIds);
}
