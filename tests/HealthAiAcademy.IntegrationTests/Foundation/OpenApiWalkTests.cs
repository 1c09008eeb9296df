using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>
/// Bad input never reaches a 500 (issue 13, item 7): every operation of the OpenAPI document, as a visitor and as each
/// role, with unknown ids, an empty body, wrong types, nulls inside lists, huge values and broken JSON. Every answer is
/// below 500, every error answer is ProblemDetails, and every status is one the operation's entry lists (item 8).
/// </summary>
public sealed class OpenApiWalkTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task No_operation_answers_5xx_or_an_error_without_problem_details_to_bad_input_from_anyone()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var callers = await CallersAsync();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                var operation = operationNode!.AsObject();
                var url = Url(path, operation);
                var bodies = Bodies(document, operation).ToList();
                foreach (var (role, client) in callers)
                {
                    foreach (var (name, body) in bodies)
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                        if (body is not null)
                        {
                            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                        }

                        var response = await client.SendAsync(request);
                        requests++;
                        var documented = operation["responses"]?.AsObject().Select(r => r.Key).ToHashSet() ?? [];
                        if (!documented.Contains(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                        {
                            failures.Add($"{method.ToUpperInvariant()} {path} as {role} with {name}: answered {(int)response.StatusCode}, which its entry does not list");
                        }

                        var problem = await ProblemOfAsync(response);
                        if (problem is not null)
                        {
                            failures.Add($"{method.ToUpperInvariant()} {url} as {role} with {name}: {problem}");
                        }
                    }
                }
            }
        }

        Assert.True(requests > 500, $"only {requests} requests were sent: the document was not walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} answers were wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>Null when the answer is acceptable, else what is wrong with it.</summary>
    private static async Task<string?> ProblemOfAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {Truncate(await response.Content.ReadAsStringAsync())}";
        }

        if (status < 400 || status == 429)
        {
            return null;
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        if (type != "application/problem+json")
        {
            return $"{status} answered {type ?? "no content"} instead of ProblemDetails";
        }

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return json?["status"]?.GetValue<int>() == status ? null : $"{status} with a ProblemDetails body whose status differs";
    }

    private async Task<List<(string Role, HttpClient Client)>> CallersAsync()
    {
        var callers = new List<(string, HttpClient)> { ("visitor", factory.CreateClient()) };
        foreach (var (email, role) in new[]
                 {
                     ("participant@demo.local", Roles.Participant), ("instructor@demo.local", Roles.Instructor),
                     ("coordinator@demo.local", Roles.Coordinator), ("admin@demo.local", Roles.Administrator),
                 })
        {
            // A minted token (no security stamp) stays valid even where a call ends the caller's sessions.
            var id = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync(email));
            callers.Add((role, factory.CreateClientForUser(id, role)));
        }

        return callers;
    }

    private static string Url(string path, JsonObject operation)
    {
        var url = path;
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter!["name"]!.GetValue<string>();
            if (parameter["in"]?.GetValue<string>() == "path")
            {
                var format = parameter["schema"]?["format"]?.GetValue<string>();
                url = url.Replace("{" + name + "}", format == "uuid" ? Guid.NewGuid().ToString() : "x-unknown", StringComparison.Ordinal);
            }
        }

        // A query that is wrong on every count: negative and huge pages, a word where a number goes.
        return url + "?page=-1&pageSize=100000&search=" + new string('x', 300) + "&upcomingOnly=perhaps";
    }

    private static IEnumerable<(string Name, string? Body)> Bodies(JsonNode document, JsonObject operation)
    {
        var schema = Resolve(document, operation["requestBody"]?["content"]?["application/json"]?["schema"]);
        yield return ("no body", null);
        if (schema is null)
        {
            yield break;
        }

        yield return ("an empty object", "{}");
        yield return ("broken JSON", "{\"a\": [1, ");
        yield return ("a JSON array instead of an object", "[1, 2]");
        var properties = Resolve(document, schema)?["properties"]?.AsObject();
        if (properties is null)
        {
            yield break;
        }

        var wrongTypes = new JsonObject();
        var nullsInLists = new JsonObject();
        var huge = new JsonObject();
        foreach (var (name, propertySchema) in properties)
        {
            var resolved = Resolve(document, propertySchema);
            var type = TypeOf(resolved);
            wrongTypes[name] = type switch
            {
                "string" => JsonValue.Create(12345),
                "array" => JsonValue.Create("not a list"),
                "object" => new JsonArray(1, 2),
                _ => JsonValue.Create("not a number"),
            };
            nullsInLists[name] = type == "array" ? new JsonArray(null, null) : null;
            huge[name] = type switch
            {
                "string" => JsonValue.Create(new string('ä', 100_000)),
                "integer" => JsonValue.Create(long.MaxValue),
                "number" => JsonValue.Create(1e308),
                "array" => new JsonArray([.. Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create(i))]),
                _ => null,
            };
        }

        yield return ("wrong types", wrongTypes.ToJsonString());
        yield return ("nulls inside lists", nullsInLists.ToJsonString());
        yield return ("huge values", huge.ToJsonString());
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var depth = 0; depth < 5 && schema?["$ref"]?.GetValue<string>() is { } reference; depth++)
        {
            schema = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, part) => node?[part]);
        }

        return schema;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
