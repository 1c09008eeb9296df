using System.Net;
using System.Net.Http.Json;
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

    /// <summary>
    /// Item 8: with real data behind the ids, every read answers what its entry documents: the content type of CSV, PDF,
    /// ICS and ZIP downloads, and JSON whose shape (object or list, and its property names) is the documented schema's.
    /// </summary>
    [Fact]
    public async Task Every_read_with_real_ids_answers_the_content_type_and_shape_its_entry_documents()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await HealthAiAcademy.IntegrationTests.Certification.CompletedOffering.CreateAsync(factory, [participant]);
        await HealthAiAcademy.IntegrationTests.Certification.CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var certificate = await factory.WithScopeAsync<HealthAiAcademy.Certification.Data.CertificationDbContext, (Guid Id, string Code)>(async db =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => ValueTuple.Create(c.Id, c.VerificationCode))));
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var managed = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/manage/offerings/{offeringId}"));
        var session = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}"))).GetProperty("sessions")[0].GetProperty("id").GetGuid();
        var enrollment = (await CoursesApi.JsonAsync(await participant.GetAsync("/api/enrollment/me"))).EnumerateArray()
            .First(e => e.GetProperty("offeringId").GetGuid() == offeringId).GetProperty("id").GetGuid();
        var administrator = await factory.CreateClientForAsync("admin@demo.local");
        var division = $"Walk {Guid.NewGuid():N}"[..14];
        (await administrator.PostAsync("/api/compliance/organisation/hr-imports", new StringContent(
            $"Email;Division;Department;Function\nparticipant@demo.local;{division};Walk department;Walk nurse\n", System.Text.Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var unit = (await CoursesApi.JsonAsync(await administrator.GetAsync("/api/compliance/organisation"))).GetProperty("units").EnumerateArray()
            .First(u => u.GetProperty("path").GetString() == $"{division} / Walk department").GetProperty("id").GetGuid();
        var systemId = (await CoursesApi.JsonAsync(await administrator.PostAsJsonAsync("/api/compliance/systems", new
        {
            name = $"Walk model {division}", vendor = "Walk", intendedPurpose = "Walk", riskClass = "High", ownerEmail = "admin@demo.local", status = "InUse", unitIds = new[] { unit },
        }))).GetProperty("id").GetGuid();
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["unitId"] = unit.ToString(),
            ["systemId"] = systemId.ToString(),
            ["offeringId"] = offeringId.ToString(), ["courseId"] = managed.GetProperty("courseId").GetGuid().ToString(), ["sessionId"] = session.ToString(),
            ["enrollmentId"] = enrollment.ToString(), ["certificateId"] = certificate.Id.ToString(),
            ["code"] = certificate.Code, ["userId"] = (await CoursesApi.UserIdAsync(participant)).ToString(),
        };
        var callers = new[] { ("participant", participant), ("coordinator", coordinator), ("administrator", administrator) };
        var failures = new List<string>();
        var answered = 0;
        var shapes = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject operation || Filled(path, ids) is not { } url)
            {
                continue;
            }

            foreach (var (role, client) in callers)
            {
                var response = await client.GetAsync(url);
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                answered++;
                var documented = operation["responses"]?[status]?["content"]?.AsObject();
                var type = response.Content.Headers.ContentType?.MediaType;
                var body = await response.Content.ReadAsByteArrayAsync();
                if (body.Length == 0)
                {
                    continue;
                }

                if (documented is null || type is null || !documented.ContainsKey(type))
                {
                    failures.Add($"GET {path} as {role}: {status} {type}, but the entry documents {string.Join(", ", documented?.Select(c => c.Key) ?? ["no content"])}");
                    continue;
                }

                if (type == "application/json" && Resolve(document, documented[type]?["schema"]) is { } schema)
                {
                    shapes++;
                    var shape = ShapeProblem(document, schema, JsonNode.Parse(body), "$");
                    if (shape is not null)
                    {
                        failures.Add($"GET {path} as {role}: {shape}");
                    }
                }
            }
        }

        Assert.True(answered > 30, $"only {answered} reads succeeded: the ids did not reach the operations");
        Assert.True(shapes > 20, $"only {shapes} JSON answers were compared with a schema");
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from their entries:\n{string.Join("\n", failures.Take(40))}");
    }

    private static string? Filled(string path, Dictionary<string, string> ids)
    {
        var url = path;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(path, "{([^}:]+)[^}]*}"))
        {
            if (!ids.TryGetValue(match.Groups[1].Value, out var value))
            {
                return null;
            }

            url = url.Replace(match.Value, value, StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>Null when <paramref name="value"/> has the schema's kind and only properties it names (one level into lists and objects).</summary>
    private static string? ShapeProblem(JsonNode document, JsonNode schema, JsonNode? value, string at, int depth = 0)
    {
        var type = TypeOf(schema);
        if (value is null || depth > 2 || type is null)
        {
            return null;
        }

        switch (type)
        {
            case "array" when value is not JsonArray:
                return $"{at} is {value.GetValueKind()}, the schema says array";
            case "array":
                return value.AsArray().Count == 0 || Resolve(document, schema["items"]) is not { } items ? null : ShapeProblem(document, items, value[0], at + "[0]", depth + 1);
            case "object" when value is not JsonObject:
                return $"{at} is {value.GetValueKind()}, the schema says object";
            case "object" when schema["properties"]?.AsObject() is { } properties:
                foreach (var (name, child) in value.AsObject())
                {
                    if (!properties.ContainsKey(name))
                    {
                        return $"{at}.{name} is not in the schema";
                    }

                    if (Resolve(document, properties[name]) is { } childSchema && ShapeProblem(document, childSchema, child, $"{at}.{name}", depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case "string" when value is JsonValue text && text.GetValueKind() != JsonValueKind.String:
                return $"{at} is {value.GetValueKind()}, the schema says string";
            default:
                return null;
        }
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
