using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>Recurring safety net: issues the certificate of every completed enrollment that has none (an event lost or failed for good).</summary>
internal sealed class CertificateReconciliation(IServiceScopeFactory scopes, ILogger<CertificateReconciliation> logger)
{
    public const string JobId = "certification-reconcile";

    /// <returns>How many certificates this run issued.</returns>
    public async Task<int> RunAsync(Guid? offeringId, CancellationToken cancellationToken)
    {
        List<CompletionFacts> missing;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var completions = await scope.ServiceProvider.GetRequiredService<IEnrollmentDirectory>().CompletionsAsync(offeringId, cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
            var issued = (await db.Certificates.AsNoTracking()
                    .Where(c => offeringId == null || c.OfferingId == offeringId)
                    .Select(c => c.EnrollmentId).Distinct().ToListAsync(cancellationToken))
                .ToHashSet();
            missing = [.. completions.Where(c => !issued.Contains(c.EnrollmentId))
                .Select(c => new CompletionFacts(c.EnrollmentId, c.OfferingId, c.UserId, c.AttendancePercent, c.CompletedAtUtc))];
        }

        var count = 0;
        foreach (var group in missing.GroupBy(c => c.OfferingId))
        {
            // One scope per offering: the offering and its holders' profiles are read once, each certificate is saved on its own.
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CertificationDbContext>();
            var issuer = services.GetRequiredService<CertificateIssuer>();
            if (await services.GetRequiredService<ICourseCatalog>().GetCertificateBasisAsync(group.Key, cancellationToken) is not { } offering)
            {
                continue;
            }

            var profiles = await services.GetRequiredService<IUserDirectory>().FindManyAsync([.. group.Select(c => c.UserId).Distinct()], cancellationToken);
            var presence = await issuer.PresenceAsync([.. group.Select(c => c.EnrollmentId)], cancellationToken);
            foreach (var completion in group)
            {
                issuer.Stage(completion, 1, offering, profiles.GetValueOrDefault(completion.UserId),
                    await issuer.TranscriptAsync(offering, completion.UserId, cancellationToken), presence[completion.EnrollmentId]);
                if (await db.SaveUnlessDuplicateAsync(cancellationToken))
                {
                    count++;
                }
                else
                {
                    // The event handler issued it at the same moment; its certificate stands.
                    logger.LogInformation("Certificate for enrollment {EnrollmentId} was issued concurrently", completion.EnrollmentId);
                }
            }
        }

        return count;
    }
}
