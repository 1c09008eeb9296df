using HealthAiAcademy.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Web;

/// <summary>Turns the exceptions that describe the request, not a fault, into their ProblemDetails status.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid.", bad.Message),
            BusinessRuleViolationException rule => (StatusCodes.Status409Conflict, "The request conflicts with the current state.", rule.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Someone else changed this at the same time.", "Reload and try again."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.", (string?)null),
        };
        if (status >= 500)
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
