namespace HealthAiAcademy.Compliance.Domain;

/// <summary>One question a hospital system asked the status API, and the answer: who asked what about whom, when.</summary>
internal sealed class StatusApiCall
{
    private StatusApiCall()
    {
    }

    public StatusApiCall(Guid clientId, Guid systemId, Guid? userId, bool mayOperate, bool mayOversee, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ClientId = clientId;
        SystemId = systemId;
        UserId = userId;
        MayOperate = mayOperate;
        MayOversee = mayOversee;
        AskedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public Guid SystemId { get; private set; }

    /// <summary>The person the reference named; null when it named nobody (the reference itself is not kept).</summary>
    public Guid? UserId { get; private set; }

    public bool MayOperate { get; private set; }

    public bool MayOversee { get; private set; }

    public DateTime AskedAtUtc { get; private set; }
}
