using HealthAiAcademy.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthAiAcademy.Host.Web;

/// <summary>Turns the exceptions that describe the request, not a fault, into their ProblemDetails status.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json })
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(json)] = [ReasonOf(json)] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request is not valid.",
                },
            });
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid.", bad.Message),
            BusinessRuleViolationException rule => (StatusCodes.Status409Conflict, "The request conflicts with the current state.", rule.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Someone else changed this at the same time.", "Reload and try again."),
            RetryLimitExceededException => (StatusCodes.Status503ServiceUnavailable, "The academy is busy.", "The database stayed busy after several tries; please try again in a moment."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.", (string?)null),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Retries exhausted for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The JSON path of the value that could not be read, as the field name clients use ("accreditations[0].points"), or "body".</summary>
    private static string FieldOf(System.Text.Json.JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string ReasonOf(System.Text.Json.JsonException json) =>
        json.Path is { Length: > 2 }
            ? "This value has the wrong type or format (a number, true/false, text or a list, as the API documents)."
            : "The body is not valid JSON.";
}
