namespace HealthAiAcademy.BuildingBlocks.Authorization;

/// <summary>
/// Marks a use case that serves whoever calls it, signed in or not (signing in, the public catalog, certificate
/// verification): every other use case checks who is calling itself (docs/adr/0020), and an architecture test holds
/// them to it. The reason says why no check is needed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ServesAnyoneAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
