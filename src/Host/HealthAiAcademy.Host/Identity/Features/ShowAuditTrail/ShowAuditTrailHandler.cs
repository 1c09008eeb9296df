using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Host.Identity.Features.ShowAuditTrail;

/// <summary>What staff did, across every module, newest first, with the people and offerings named.</summary>
internal sealed class ShowAuditTrailHandler(AuditTrail trail, IUserDirectory users, ICourseCatalog catalog, ICurrentUser currentUser)
{
    public async Task<Outcome<PagedResult<AuditLine>>> HandleAsync(ShowAuditTrailRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdministrator())
        {
            return Outcome<PagedResult<AuditLine>>.Forbidden("Only administrators read the audit trail.");
        }

        var (query, errors) = await QueryAsync(request, cancellationToken);
        var (page, pageSize) = PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.AddIf(errors.IsValid && page * pageSize > AuditTrail.MaxDepth, "page", $"Narrow the filters to see entries beyond the newest {AuditTrail.MaxDepth}.");
        if (!errors.IsValid)
        {
            return Outcome<PagedResult<AuditLine>>.Invalid(errors);
        }

        var result = await trail.ReadAsync(query!, page, pageSize, cancellationToken);
        return Outcome<PagedResult<AuditLine>>.Ok(new(await LinesAsync(result.Items, cancellationToken), result.Page, result.PageSize, result.Total));
    }

    /// <summary>Everything the filters match (at most <see cref="AuditTrail.MaxDepth"/> entries), for the CSV download.</summary>
    public async Task<Outcome<IReadOnlyList<AuditLine>>> ExportAsync(ShowAuditTrailRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdministrator())
        {
            return Outcome<IReadOnlyList<AuditLine>>.Forbidden("Only administrators read the audit trail.");
        }

        var (query, errors) = await QueryAsync(request, cancellationToken);
        return query is null
            ? Outcome<IReadOnlyList<AuditLine>>.Invalid(errors)
            : Outcome<IReadOnlyList<AuditLine>>.Ok(await LinesAsync(await trail.ExportAsync(query, cancellationToken), cancellationToken));
    }

    public static byte[] Csv(IReadOnlyList<AuditLine> lines) => CsvDownloads.Encode(
    [
        ["At (Amsterdam)", "At (UTC)", "Module", "Action", "By", "About", "Offering", "Subject", "Subject id", "Changes", "Note"],
        .. lines.Select(l => (IReadOnlyList<string>)
        [
            AcademyTime.ToLocal(l.AtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), AcademyTime.Machine(l.AtUtc), l.Module, l.Action,
            l.Actor, l.Person ?? string.Empty, l.Offering ?? string.Empty, l.SubjectType, l.SubjectId.ToString(),
            string.Join("; ", l.Changes.Select(c => $"{c.Field}: {c.From ?? "-"} -> {c.To ?? "-"}")), l.Note ?? string.Empty,
        ]),
    ]);

    private async Task<(AuditQuery? Query, ValidationErrors Errors)> QueryAsync(ShowAuditTrailRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var from = Day(request.From, "from", errors);
        var to = Day(request.To, "to", errors);
        errors.AddIf(from is not null && to is not null && to < from, "to", "The last day comes on or after the first.");
        var modules = trail.Modules;
        var module = string.IsNullOrWhiteSpace(request.Module) ? null : modules.FirstOrDefault(m => string.Equals(m, request.Module.Trim(), StringComparison.OrdinalIgnoreCase));
        errors.AddIf(!string.IsNullOrWhiteSpace(request.Module) && module is null, "module", $"One of {string.Join(", ", modules)}.");
        var action = string.IsNullOrWhiteSpace(request.Action) ? null : request.Action.Trim();
        errors.AddIf(action is { Length: > 100 }, "action", "At most 100 characters.");
        var actor = await PersonAsync(request.Actor, "actor", errors, cancellationToken);
        var person = await PersonAsync(request.Person, "person", errors, cancellationToken);
        if (!errors.IsValid)
        {
            return (null, errors);
        }

        return (new AuditQuery(
            from is { } f ? StartOf(f) : null, to is { } t ? StartOf(t.AddDays(1)) : null, module, action, actor, person, request.OfferingId), errors);
    }

    private static DateOnly? Day(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "A date such as 2026-12-01.");
        return null;
    }

    private static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), AcademyTime.Zone);

    private async Task<Guid?> PersonAsync(string? email, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        if (email.Length > 256 || await users.FindByEmailAsync(email.Trim(), cancellationToken) is not { } profile)
        {
            errors.Add(field, "No account has this email address.");
            return null;
        }

        return profile.UserId;
    }

    private async Task<IReadOnlyList<AuditLine>> LinesAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var people = await users.FindManyAsync([.. records.SelectMany(r => new[] { r.ActorId, r.PersonId }).OfType<Guid>().Distinct()], cancellationToken);
        var offerings = (await catalog.GetOfferingsAsync([.. records.Select(r => r.OfferingId).OfType<Guid>().Distinct()], cancellationToken))
            .ToDictionary(o => o.Id);
        string? Name(Guid? id) => id is { } known ? people.TryGetValue(known, out var p) ? $"{p.FullName} <{p.Email}>" : known.ToString() : null;
        return [.. records.Select(r => new AuditLine(
            r.AtUtc, r.Module, r.Action, r.ActorId, r.ActorName ?? Name(r.ActorId) ?? "system", r.PersonId, Name(r.PersonId),
            r.SubjectType, r.SubjectId, r.OfferingId,
            r.OfferingId is { } id && offerings.TryGetValue(id, out var o) ? $"{o.Title} ({o.CohortLabel})" : null,
            r.Changes, r.Note))];
    }
}
