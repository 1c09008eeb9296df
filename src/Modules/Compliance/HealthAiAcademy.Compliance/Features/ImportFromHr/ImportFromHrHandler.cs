using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ImportFromHr;

/// <param name="ListsEveryone">The file is the whole hospital: people it does not list lose the memberships an earlier file gave them.</param>
internal sealed record ImportFromHrRequest(string Csv, bool ListsEveryone);

/// <summary>
/// An HR file becomes the organisation: units and functions it names are added, each person it matches (by staff number,
/// else by email) gets exactly the memberships their lines give, and the lines that match nobody are reported for the
/// administrator to invite or correct. The same file twice changes nothing the second time.
/// </summary>
internal sealed class ImportFromHrHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<HrImportView>> HandleAsync(ImportFromHrRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<HrImportView>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        var (lines, errors) = HrSheet.Read(request.Csv);
        if (!errors.IsValid)
        {
            return Outcome<HrImportView>.Invalid(errors);
        }

        // Accounts live in the host's database: looked up once, before the transaction.
        var byEmail = await users.FindManyByEmailAsync([.. lines.Where(l => l.Email is not null).Select(l => l.Email!)], cancellationToken);
        try
        {
            var import = await db.InTransactionAsync(token => ImportAsync(lines, byEmail, request.ListsEveryone, token), _ => true, cancellationToken);
            return Outcome<HrImportView>.Ok(HrImportView.Of(import));
        }
        catch (DbUpdateException exception) when (exception.IsUniqueKeyViolation())
        {
            return Outcome<HrImportView>.Conflict("The organisation changed while the file was read (another import or an administrator); import the file again.");
        }
    }

    private async Task<HrImport> ImportAsync(IReadOnlyList<HrLine> lines, IReadOnlyDictionary<string, UserProfile> byEmail, bool listsEveryone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = lines.Where(l => l.StaffNumber is not null).Select(l => l.StaffNumber!).Distinct().ToList();
        var emailUsers = byEmail.Values.Select(p => p.UserId).ToList();
        var staff = await db.StaffMembers.Where(s => numbers.Contains(s.StaffNumber!) || emailUsers.Contains(s.UserId)).ToListAsync(cancellationToken);
        var byNumber = staff.Where(s => s.StaffNumber is not null).ToDictionary(s => s.StaffNumber!);
        var staffByUser = staff.ToDictionary(s => s.UserId);

        var unmatched = new List<UnmatchedHrLine>();
        var matched = new List<(Guid UserId, HrLine Line)>();
        foreach (var line in lines)
        {
            var numbered = line.StaffNumber is not null && byNumber.TryGetValue(line.StaffNumber, out var s) ? s.UserId : (Guid?)null;
            var addressed = line.Email is not null && byEmail.TryGetValue(line.Email.ToUpperInvariant(), out var p) ? p.UserId : (Guid?)null;
            if (numbered is not null && addressed is not null && numbered != addressed)
            {
                unmatched.Add(new UnmatchedHrLine(line.Line, line.StaffNumber, line.Email, line.Name, UnmatchedReason.StaffNumberOfAnother));
                continue;
            }

            if ((numbered ?? addressed) is not { } userId)
            {
                unmatched.Add(new UnmatchedHrLine(line.Line, line.StaffNumber, line.Email, line.Name, UnmatchedReason.NoAccount));
                continue;
            }

            if (!staffByUser.TryGetValue(userId, out var member))
            {
                member = new StaffMember(userId);
                staffByUser[userId] = member;
                db.StaffMembers.Add(member);
            }

            if (line.StaffNumber is not null && member.StaffNumber != line.StaffNumber)
            {
                if (member.StaffNumber is not null)
                {
                    byNumber.Remove(member.StaffNumber);
                }

                member.NumberAs(line.StaffNumber);
                byNumber[line.StaffNumber] = member;
            }

            matched.Add((userId, line));
        }

        var chart = await OrganisationChart.LoadAsync(db, now, cancellationToken);
        var wanted = matched
            .Select(m => (m.UserId, Unit: chart.UnitAt(m.Line.UnitNames), Function: chart.Function(m.Line.Function), m.Line.IsManager))
            .GroupBy(m => (m.UserId, m.Unit.Id)).Select(g => g.Last())
            .ToList();
        var people = wanted.Select(w => w.UserId).Distinct().ToList();
        var current = await db.Memberships
            .Where(m => m.EndedAtUtc == null && (people.Contains(m.UserId) || (listsEveryone && m.Source == MembershipSource.HrImport)))
            .ToListAsync(cancellationToken);
        var byPlace = current.ToDictionary(m => (m.UserId, m.UnitId));
        int added = 0, changed = 0, ended = 0;
        foreach (var (userId, unit, function, isManager) in wanted)
        {
            if (byPlace.Remove((userId, unit.Id), out var membership))
            {
                changed += membership.Change(function.Id, isManager, MembershipSource.HrImport) ? 1 : 0;
            }
            else
            {
                db.Memberships.Add(new Membership(userId, unit.Id, function.Id, isManager, MembershipSource.HrImport, now));
                added++;
            }
        }

        // What is left is where the file no longer puts the person (or, for a file of everyone, people it no longer lists).
        foreach (var membership in byPlace.Values.Where(m => m.Source == MembershipSource.HrImport))
        {
            membership.End(now);
            ended++;
        }

        var import = new HrImport(currentUser.UserId!.Value, now, listsEveryone, lines.Count, new HrImportCounts(people.Count, added, changed, ended), unmatched);
        db.HrImports.Add(import);
        audit.Record(db, AuditActions.HrFileImported, new AuditSubject("HrImport", import.Id),
            new AuditChanges().Add("Lines", (int?)null, lines.Count).Add("Added", (int?)null, added).Add("Changed", (int?)null, changed)
                .Add("Ended", (int?)null, ended).Add("Unmatched", (int?)null, unmatched.Count));
        await db.SaveChangesAsync(cancellationToken);
        return import;
    }
}
