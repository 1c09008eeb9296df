using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ExportPersonalData;

/// <summary>The person's certificates (what each states, its status, the PDF itself) and the activities they added to their CPD dossier.</summary>
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
        var activities = await db.CpdActivities.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.CompletedOn).ToListAsync(cancellationToken);
        if (activities.Count > 0)
        {
            result.Add(PersonalDataFile.AsJson("cpd-activities.json", activities.Select(a => new
            {
                a.Title, a.Provider, a.CompletedOn, a.Points, a.Registry, a.AddedAtUtc, Evidence = a.EvidenceFileName is null ? null : $"cpd-evidence/{a.Id}/{a.EvidenceFileName}",
            })));
            var withEvidence = activities.Where(a => a.EvidenceFileName is not null).Select(a => a.Id).ToList();
            var evidence = await db.CpdEvidence.AsNoTracking().Where(e => withEvidence.Contains(e.ActivityId)).ToListAsync(cancellationToken);
            result.AddRange(evidence.Select(e => new PersonalDataFile($"cpd-evidence/{e.ActivityId}/{activities.Single(a => a.Id == e.ActivityId).EvidenceFileName}", e.Content)));
        }

        return result;
    }
}
