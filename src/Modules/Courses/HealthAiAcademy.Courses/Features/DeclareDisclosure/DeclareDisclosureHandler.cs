using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.DeclareDisclosure;

/// <param name="NothingToDisclose">True declares that there is no relevant financial relationship; then no relationships are given.</param>
internal sealed record DeclareDisclosureRequest(bool? NothingToDisclose, IReadOnlyList<RelationshipRequest>? Relationships);

internal sealed record RelationshipRequest(string? Company, string? Nature);

/// <summary>
/// An instructor declares, for this run, their financial relationships relevant to it (or that there are none); a
/// coordinator may record a signed declaration for one of the run's instructors. Declaring again replaces the declaration.
/// </summary>
internal sealed class DeclareDisclosureHandler(
    CoursesDbContext db, ICurrentUser currentUser, OfferingAccess access, IUserDirectory users, CatalogCache catalogCache, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<DisclosureView>> HandleAsync(Guid offeringId, Guid instructorId, DeclareDisclosureRequest request, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null || currentUser.UserId is not { } callerId || !access.MayManage(offering))
        {
            return Outcome<DisclosureView>.NotFound("The offering");
        }

        if (callerId != instructorId && !access.IsCoordinator)
        {
            return Outcome<DisclosureView>.Forbidden("Instructors declare for themselves; a coordinator may record a declaration for them.");
        }

        if (!offering.Faculty.Contains(instructorId))
        {
            return Outcome<DisclosureView>.Conflict("Only the offering's instructors declare for it.");
        }

        var (relationships, errors) = Validate(request);
        if (!errors.IsValid)
        {
            return Outcome<DisclosureView>.Invalid(errors);
        }

        var saved = await db.InTransactionAsync(async token =>
        {
            var disclosure = await db.Disclosures.SingleOrDefaultAsync(d => d.OfferingId == offeringId && d.InstructorId == instructorId, token);
            var before = disclosure is null ? null : Describe(disclosure);
            if (disclosure is null)
            {
                disclosure = new FacultyDisclosure(offeringId, instructorId);
                db.Disclosures.Add(disclosure);
            }

            disclosure.Declare(relationships, callerId, clock.GetUtcNow().UtcDateTime);
            audit.Record(db, AuditActions.DisclosureDeclared, new AuditSubject(nameof(FacultyDisclosure), instructorId, offeringId, instructorId),
                new AuditChanges().Add("Declaration", before, Describe(disclosure)));
            await db.SaveChangesAsync(token);
            return disclosure;
        }, _ => true, cancellationToken);
        await catalogCache.InvalidateAsync(cancellationToken);
        var name = (await users.FindAsync(instructorId, cancellationToken))?.FullName ?? "";
        return Outcome<DisclosureView>.Ok(DisclosureView.From(instructorId, name, saved));
    }

    private static string Describe(FacultyDisclosure disclosure) =>
        disclosure.NothingToDisclose ? "None" : string.Join("; ", disclosure.Relationships.Select(r => $"{r.Company} ({r.Nature})"));

    private static (IReadOnlyList<FinancialRelationship> Relationships, ValidationErrors Errors) Validate(DeclareDisclosureRequest request)
    {
        var errors = new ValidationErrors();
        var given = request.Relationships ?? [];
        errors.AddIf(request.NothingToDisclose == true && given.Count > 0, "relationships", "Declare either that there is nothing to disclose or the relationships, not both.");
        errors.AddIf(request.NothingToDisclose != true && given.Count == 0, "relationships", "Name each relevant financial relationship, or declare that there is nothing to disclose.");
        errors.AddIf(given.Count > FacultyDisclosure.MaxRelationships, "relationships", $"At most {FacultyDisclosure.MaxRelationships} relationships.");
        var relationships = new List<FinancialRelationship>();
        foreach (var (item, index) in given.Select((item, index) => (item, index)))
        {
            var company = item?.Company?.Trim();
            var nature = item?.Nature?.Trim();
            if (string.IsNullOrEmpty(company) || company.Length > FacultyDisclosure.CompanyMaxLength || string.IsNullOrEmpty(nature) || nature.Length > FacultyDisclosure.NatureMaxLength)
            {
                errors.Add($"relationships[{index}]", "Each relationship names the company (up to 200 characters) and its nature (up to 300 characters).");
                continue;
            }

            relationships.Add(new FinancialRelationship(company, nature));
        }

        return (relationships, errors);
    }
}
