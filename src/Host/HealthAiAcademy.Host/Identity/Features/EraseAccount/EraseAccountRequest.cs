namespace HealthAiAcademy.Host.Identity.Features.EraseAccount;

/// <param name="Confirmed">The administrator confirms that the person asked for it and who they are was checked.</param>
internal sealed record EraseAccountRequest(bool? Confirmed);
