using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ExportPersonalData;

/// <summary>The person's certificates: what each states, its status, and the PDF itself.</summary>
internal sealed class PersonalDataExport(CertificationDbContext db) : IPersonalDataSource
{
    public string Module => CertificationModule.Name;

    public async Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.IssuedAtUtc).ToListAsync(cancellationToken);
        var ids = certificates.Select(c => c.Id).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.CertificateId)).ToDictionaryAsync(d => d.CertificateId, cancellationToken);
        var result = new List<PersonalDataFile>
        {
            PersonalDataFile.AsJson("certificates.json", certificates.Select(c => new
            {
                c.Number, c.VerificationCode, c.HolderName, c.RegistrationNumber, c.OfferingTitle, c.CourseCode, c.StartDate, c.EndDate, c.CompletedOn,
                c.AttendancePercent, c.StudyLoadHours, c.Ects, Points = c.Points.Select(p => new { p.Registry, p.Points }), c.FinalScorePercent,
                c.IssuedAtUtc, c.ExpiresOn, c.Status, c.RevokedAtUtc, c.RevocationReason, c.HolderErasedAtUtc,
                Pdf = documents.ContainsKey(c.Id) ? $"certificates/{c.Number}.pdf" : null,
            })),
        };
        result.AddRange(certificates.Where(c => documents.ContainsKey(c.Id)).Select(c => new PersonalDataFile($"certificates/{c.Number}.pdf", documents[c.Id].Content)));
        return result;
    }
}
