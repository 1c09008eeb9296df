using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ListOfferingCertificates;

internal sealed record OfferingCertificates(Guid OfferingId, string OfferingTitle, int Completed, int Missing, IReadOnlyList<CertificateView> Certificates, BulkRunView? LatestRun);

/// <summary>An offering's certificates for coordinators, with the completions still lacking one and the latest bulk issue.</summary>
internal sealed class ListOfferingCertificatesHandler(CertificationDbContext db, OfferingStaff staff, ICourseCatalog catalog, IEnrollmentDirectory enrollment, CertificateViews views)
{
    public async Task<Outcome<OfferingCertificates>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<OfferingCertificates>.Forbidden("Only coordinators see an offering's certificates.");
        }

        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<OfferingCertificates>.NotFound("The offering");
        }

        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OfferingId == offeringId).OrderBy(c => c.HolderName).ToListAsync(cancellationToken);
        var completions = await enrollment.CompletionsAsync(offeringId, cancellationToken);
        var issued = certificates.Select(c => c.EnrollmentId).ToHashSet();
        var latest = await db.BulkRuns.AsNoTracking().Where(r => r.OfferingId == offeringId).OrderByDescending(r => r.RequestedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return Outcome<OfferingCertificates>.Ok(new OfferingCertificates(offeringId, offering.Title, completions.Count, completions.Count(c => !issued.Contains(c.EnrollmentId)),
            [.. certificates.Select(views.View)], latest is null ? null : BulkRunView.From(latest)));
    }
}
