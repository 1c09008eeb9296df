using System.Globalization;
using CsvHelper;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Data.Specifications;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ExportAttendance;

/// <summary>
/// Attendance of an offering as accreditation registries (GAIA, PE-online) ask providers for it: one line per participant
/// with registration number, attendance share and a column per session.
/// </summary>
internal sealed class ExportAttendanceHandler(EnrollmentDbContext db, ICourseCatalog catalog, IUserDirectory users, OfferingStaff staff)
{
    public async Task<Outcome<string>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<string>.NotFound("The offering");
        }

        if (!staff.IsStaffOf(offering))
        {
            return Outcome<string>.Forbidden("Attendance exports are for the offering's coordinators and instructors.");
        }

        var sessions = (await catalog.GetSessionsAsync([offeringId], cancellationToken)).Where(s => s.Status == SessionStatus.Scheduled).OrderBy(s => s.StartsAtUtc).ToList();
        var enrollments = await db.Enrollments.WithSpecification(new ParticipantsSpecification(offeringId)).ToListAsync(cancellationToken);
        var enrollmentIds = enrollments.Select(e => e.Id).ToList();
        var records = (await db.Attendance.AsNoTracking().Where(a => enrollmentIds.Contains(a.EnrollmentId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.EnrollmentId, a.SessionId), a => a.Status);
        var profiles = await users.FindManyAsync([.. enrollments.Select(e => e.UserId)], cancellationToken);

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader([
                "Full name", "Email", "Profession", "Registration number", "Status", "Attendance %",
                .. sessions.Select(s => $"{AcademyTime.Format(s.StartsAtUtc, "yyyy-MM-dd HH:mm")} {s.Topic}"),
            ]);
            foreach (var enrollment in enrollments.OrderBy(e => profiles.GetValueOrDefault(e.UserId)?.FullName, StringComparer.CurrentCulture))
            {
                var profile = profiles.GetValueOrDefault(enrollment.UserId);
                var statuses = sessions.Select(s => records.TryGetValue((enrollment.Id, s.Id), out var status) ? status : (AttendanceStatus?)null).ToList();
                csv.WriteField(profile?.FullName ?? "(unknown user)");
                csv.WriteField(profile?.Email ?? string.Empty);
                csv.WriteField(profile?.Profession ?? string.Empty);
                csv.WriteField(profile?.RegistrationNumber ?? string.Empty);
                csv.WriteField(enrollment.Status.ToString());
                csv.WriteField(CompletionEvaluator.AttendancePercent(statuses.OfType<AttendanceStatus>()).ToString(CultureInfo.InvariantCulture));
                foreach (var status in statuses)
                {
                    csv.WriteField(status?.ToString() ?? string.Empty);
                }

                csv.EndRecord();
            }
        }

        return Outcome<string>.Ok(text.ToString());
    }
}
