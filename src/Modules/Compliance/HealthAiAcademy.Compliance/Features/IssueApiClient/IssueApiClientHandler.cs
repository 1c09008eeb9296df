using System.Net;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Features.IssueApiClient;

/// <param name="WebhookUrl">Optional: https (or a loopback address, for testing) that status changes are posted to.</param>
internal sealed record IssueApiClientRequest(string? Name, string? WebhookUrl);

/// <param name="Key">For the X-Api-Key header; shown only now.</param>
/// <param name="WebhookSecret">Signs each webhook (X-Academy-Signature: sha256=HMAC of "timestamp.body"); shown only now.</param>
internal sealed record IssuedApiClient(Guid Id, string Name, string Key, string? WebhookUrl, string? WebhookSecret);

internal sealed class IssueApiClientHandler(ComplianceDbContext db, WebhookSecrets secrets, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<IssuedApiClient>> HandleAsync(IssueApiClientRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<IssuedApiClient>.Forbidden("Only administrators issue API keys.");
        }

        var url = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > ApiClient.NameMaxLength, "name", "The system's name, 1 to 100 characters.")
            .AddIf(url is not null && !IsAllowedWebhook(url), "webhookUrl", "An https address (http only for a loopback address), at most 500 characters.");
        if (!errors.IsValid)
        {
            return Outcome<IssuedApiClient>.Invalid(errors);
        }

        var secret = url is null ? null : ApiClient.NewWebhookSecret();
        var (client, key) = ApiClient.Issue(request.Name!, url, secret is null ? null : secrets.Protect(secret), currentUser.UserId!.Value, clock.GetUtcNow().UtcDateTime);
        await db.InTransactionAsync(async token =>
        {
            db.ApiClients.Add(client);
            audit.Record(db, AuditActions.ApiClientChanged, new AuditSubject("ApiClient", client.Id),
                new AuditChanges().Add("Name", (string?)null, client.Name).Add("KeyPrefix", (string?)null, client.KeyPrefix).Add("WebhookUrl", (string?)null, client.WebhookUrl));
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        return Outcome<IssuedApiClient>.Ok(new IssuedApiClient(client.Id, client.Name, key, client.WebhookUrl, secret));
    }

    private static bool IsAllowedWebhook(string url) =>
        url.Length <= 500 && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)))));
}
