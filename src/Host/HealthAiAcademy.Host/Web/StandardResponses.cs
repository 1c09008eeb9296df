using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// The answers every operation can give whatever its own use case, documented from its endpoint's metadata so a generated
/// client knows them: 401 and 403 where a policy guards it (403 also for a cookie call without its anti-forgery token),
/// 400 where it reads parameters or a body, 413 where it takes a body, 404 where its route names something by id, 429 where a rate limit applies;
/// a download's body is a binary file.
/// The walk test fails when an operation answers a status its entry does not list.
/// </summary>
internal static class StandardResponses
{
    public static async Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var unsafeMethod = description.HttpMethod is not ("GET" or "HEAD");
        operation.Responses ??= [];
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);

        void Add(int status, string text)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse
                {
                    Description = text,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                };
            }
        }

        if (!anonymous && policies.Count > 0)
        {
            Add(StatusCodes.Status401Unauthorized, "Not signed in, or the sign-in has ended.");
            if (unsafeMethod || policies.Any(p => p != Policies.SignedIn))
            {
                Add(StatusCodes.Status403Forbidden, "Signed in, but not allowed (role, ownership, or a cookie call without its anti-forgery token).");
            }
        }

        if (description.ParameterDescriptions.Count > 0)
        {
            Add(StatusCodes.Status400BadRequest, "A parameter or the body is not valid; errors name the fields.");
        }

        if (unsafeMethod)
        {
            Add(StatusCodes.Status413PayloadTooLarge, "The body is larger than this operation takes (256 KB, uploads more).");
        }

        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
        {
            Add(StatusCodes.Status404NotFound, "What the route names does not exist, or is not the caller's to see.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(StatusCodes.Status429TooManyRequests, "Too many requests from this client; try again later.");
        }

        // A download (CSV, PDF, ICS, ZIP) is a file, whatever type the endpoint's metadata names for it.
        foreach (var response in operation.Responses.Values)
        {
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (!mediaType.Contains("json", StringComparison.Ordinal) && content is OpenApiMediaType file)
                {
                    file.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }
    }
}
