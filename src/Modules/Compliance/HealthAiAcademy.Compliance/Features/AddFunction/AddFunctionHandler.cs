using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.AddFunction;

internal sealed record AddFunctionRequest(string? Name);

internal sealed class AddFunctionHandler(ComplianceDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<FunctionView>> HandleAsync(AddFunctionRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<FunctionView>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        var errors = UnitNames.Check(request.Name);
        if (!errors.IsValid)
        {
            return Outcome<FunctionView>.Invalid(errors);
        }

        return await db.InTransactionAsync(async token =>
        {
            var function = new JobFunction(request.Name!, clock.GetUtcNow().UtcDateTime);
            if (await db.Functions.AnyAsync(f => f.NormalizedName == function.NormalizedName, token))
            {
                return Outcome<FunctionView>.Conflict($"The function {function.Name} exists already.");
            }

            db.Functions.Add(function);
            audit.Record(db, AuditActions.OrganisationChanged, new AuditSubject("JobFunction", function.Id), new AuditChanges().Add("Function", (string?)null, function.Name));
            return await db.SaveUnlessDuplicateAsync(token)
                ? Outcome<FunctionView>.Ok(new FunctionView(function.Id, function.Name, 0))
                : Outcome<FunctionView>.Conflict($"The function {function.Name} exists already.");
        }, cancellationToken);
    }
}
