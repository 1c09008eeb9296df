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
}
