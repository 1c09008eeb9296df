using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// A small body limit for every request (JSON and forms: <c>Limits:BodyKilobytes</c>, 256 KB) unless its endpoint asks for more
/// (uploads, with <c>[RequestSizeLimit]</c>); a body announced larger is answered 413 before a byte of it is read.
/// Kestrel's own limit then holds a body that does not announce its length to the same number.
/// </summary>
internal sealed class RequestBodyLimits(RequestDelegate next, IConfiguration configuration, IProblemDetailsService problems)
{
    private readonly long defaultLimit = configuration.GetValue("Limits:BodyKilobytes", 256) * 1024L;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"This operation takes at most {limit / 1024} KB.",
                },
            });
            return;
        }

        await next(context);
    }
}
