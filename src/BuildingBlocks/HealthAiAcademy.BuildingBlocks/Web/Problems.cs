using HealthAiAcademy.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>ProblemDetails answers that say what went wrong without revealing what the caller may not see.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: UseCaseMessages.Translate($"{UseCaseMessages.Translate(what)} was not found."));

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: UseCaseMessages.Translate("The request conflicts with the current state."), detail: UseCaseMessages.Translate(detail));

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: UseCaseMessages.Translate("Not allowed."), detail: UseCaseMessages.Translate(detail));
}
