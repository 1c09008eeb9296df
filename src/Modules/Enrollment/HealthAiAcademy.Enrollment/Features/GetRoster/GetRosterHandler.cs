using System.Globalization;
using CsvHelper;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetRoster;

internal sealed class GetRosterHandler(EnrollmentDbContext db, ICourseCatalog catalog, IUserDirectory users, OfferingStaff staff)
{
    /// <summary>Everyone with an enrollment in the offering: enrolled first, then the waiting list in order, then the rest.</summary>
    public async Task<Outcome<IReadOnlyList<RosterEntry>>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<RosterEntry>>.NotFound("The offering");
        }

        if (!staff.IsStaffOf(offering))
        {
            return Outcome<IReadOnlyList<RosterEntry>>.Forbidden("The roster is for the offering's coordinators and instructors.");
        }

        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.OfferingId == offeringId).ToListAsync(cancellationToken);
        var profiles = await users.FindManyAsync([.. enrollments.Select(e => e.UserId)], cancellationToken);
        var entries = enrollments
            .OrderBy(e => e.TakesPart ? 0 : e.Status switch
            {
                EnrollmentStatus.Waitlisted => 1,
                EnrollmentStatus.PendingApproval => 2,
                _ => 3,
            })
            .ThenBy(e => e.WaitlistPosition)
            .ThenBy(e => e.RequestedAtUtc)
            .Select(e =>
            {
                var profile = profiles.GetValueOrDefault(e.UserId);
                return new RosterEntry(e.Id, e.UserId, profile?.FullName ?? "(unknown user)", profile?.Email ?? string.Empty, profile?.Profession,
                    profile?.RegistrationNumber, profile?.StudentNumber, e.Status, e.WaitlistPosition, e.RequestedAtUtc, e.EnrolledAtUtc, e.Motivation);
            })
            .ToList();
        return Outcome<IReadOnlyList<RosterEntry>>.Ok(entries);
    }

    private static readonly string[] CsvHeader =
    [
        "Full name", "Email", "Profession", "Registration number", "Student number", "Status", "Waitlist position", "Requested (Amsterdam time)", "Enrolled (Amsterdam time)",
    ];

    /// <summary>The roster as registries and spreadsheets take it; formula-like values are escaped so they stay text.</summary>
    public static string ToCsv(IEnumerable<RosterEntry> entries)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(CsvHeader);
            foreach (var entry in entries)
            {
                csv.WriteField(entry.FullName);
                csv.WriteField(entry.Email);
                csv.WriteField(entry.Profession ?? string.Empty);
                csv.WriteField(entry.RegistrationNumber ?? string.Empty);
                csv.WriteField(entry.StudentNumber ?? string.Empty);
                csv.WriteField(entry.Status.ToString());
                csv.WriteField(entry.WaitlistPosition?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(AcademyTime.Format(entry.RequestedAtUtc, "yyyy-MM-dd HH:mm"));
                csv.WriteField(entry.EnrolledAtUtc is { } enrolled ? AcademyTime.Format(enrolled, "yyyy-MM-dd HH:mm") : string.Empty);
                csv.EndRecord();
            }
        }

        return text.ToString();
    }
}
