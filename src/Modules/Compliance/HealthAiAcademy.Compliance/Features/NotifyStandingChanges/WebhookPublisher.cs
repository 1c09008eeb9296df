using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Compliance.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.Compliance.Features.NotifyStandingChanges;

/// <summary>
/// Posts a changed answer to every active client's webhook, signed: <c>X-Academy-Signature: sha256=</c>HMAC-SHA256 of
/// "<c>{X-Academy-Timestamp}.{body}</c>" with the client's secret, and <c>X-Academy-Event</c> carrying the event id for
/// receivers to drop repeats. Each client's delivery is recorded once it succeeded; a failing client makes the outbox
/// deliver the event again later, to the clients that did not get it yet.
/// </summary>
internal sealed class WebhookPublisher(ComplianceDbContext db, IHttpClientFactory http, WebhookSecrets secrets, TimeProvider clock, ILogger<WebhookPublisher> logger)
    : IIntegrationEventHandler<OperatorStandingChangedIntegrationEvent>
{
    public const string HttpClientName = "compliance-webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(OperatorStandingChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var clients = await db.ApiClients.AsNoTracking().Where(c => c.RevokedAtUtc == null && c.WebhookUrl != null && c.IssuedAtUtc <= changed.OccurredAtUtc)
            .ToListAsync(cancellationToken);
        var delivered = (await db.InboxMessages.AsNoTracking().Where(m => m.MessageId == changed.Id).Select(m => m.Handler).ToListAsync(cancellationToken)).ToHashSet();
        var body = JsonSerializer.Serialize(new
        {
            eventId = changed.Id, occurredAt = changed.OccurredAtUtc, changed.SystemId, changed.SystemName, changed.UserId, changed.Email, changed.StaffNumber,
            changed.MayOperate, changed.OperateUntil, changed.MayOversee, changed.OverseeUntil,
        }, Json);
        var failed = 0;
        foreach (var client in clients.Where(c => !delivered.Contains(DeliveryName(c.Id))))
        {
            try
            {
                await PostAsync(client.WebhookUrl!, secrets.Unprotect(client.ProtectedWebhookSecret!), changed.Id, body, cancellationToken);
                db.InboxMessages.Add(new InboxMessage(changed.Id, DeliveryName(client.Id), clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                failed++;
                logger.LogWarning(exception, "Webhook of API client {ClientId} failed for event {EventId}; the outbox delivers it again", client.Id, changed.Id);
            }
        }

        if (failed > 0)
        {
            throw new HttpRequestException($"{failed} webhook(s) failed for event {changed.Id}.");
        }
    }

    /// <summary>The signature a receiver recomputes: lower-case hex HMAC-SHA256 of "{timestamp}.{body}".</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private async Task PostAsync(string url, string secret, Guid eventId, string body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Academy-Event", eventId.ToString());
        request.Headers.Add("X-Academy-Timestamp", timestamp);
        request.Headers.Add("X-Academy-Signature", "sha256=" + Sign(secret, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("HealthAiAcademy", "1.0"));
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string DeliveryName(Guid clientId) => $"{typeof(WebhookPublisher).FullName}:{clientId:N}";
}
