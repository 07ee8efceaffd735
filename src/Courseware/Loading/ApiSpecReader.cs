using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Courseware.Loading;

/// <summary>One operation of an OpenAPI 3 or Swagger 2 spec, as the API blocks show it.</summary>
internal sealed record ApiSpecOperation(
    string? Summary,
    string? Description,
    string? BaseUrl,
    IReadOnlyList<ApiSpecParameter> Parameters,
    IReadOnlyList<ApiSpecResponse> Responses);

/// <summary>A parameter of an operation (path, query, header, cookie, or the request body as <c>body</c>).</summary>
internal sealed record ApiSpecParameter(string Name, string In, string Type, bool Required, string? Description);

/// <summary>A response of an operation: its status code (or <c>default</c>) and description.</summary>
internal sealed record ApiSpecResponse(string Status, string? Description);

/// <summary>
/// A spec file of the course (OpenAPI 3 or Swagger 2, JSON or YAML) read into a tree, asked for the operation at a path and
/// method; local <c>$ref</c>s (<c>#/components/parameters/…</c>, <c>#/parameters/…</c>, responses, request bodies) are followed.
/// </summary>
internal sealed class ApiSpec
{
    private const int MaxRefHops = 16;
    private static readonly string[] Locations = ["path", "query", "header", "cookie", "body", "formData"];

    private readonly JsonObject _root;

    private ApiSpec(JsonObject root) => _root = root;

    /// <summary>Reads a spec from its bytes; <paramref name="yaml"/> chooses YAML over JSON. Null with a reason when it is no spec.</summary>
    public static ApiSpec? Parse(byte[] bytes, bool yaml, out string? error)
    {
        error = null;
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
            }

            var root = yaml ? FromYaml(System.Text.Encoding.UTF8.GetString(span)) : JsonNode.Parse(span, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (root is JsonObject spec && spec["paths"] is JsonObject)
            {
                return new ApiSpec(spec);
            }

            error = "no 'paths' object";
            return null;
        }
        catch (Exception ex) when (ex is JsonException or YamlException or InvalidOperationException or ArgumentException)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>The operation at <paramref name="path"/> (trailing slash ignored) and <paramref name="method"/> (any case), or null.</summary>
    public ApiSpecOperation? Find(string path, string method)
    {
        var paths = (JsonObject)_root["paths"]!;
        var item = Deref(paths[path]) ?? Deref(paths.FirstOrDefault(p => string.Equals(p.Key.TrimEnd('/'), path.TrimEnd('/'), StringComparison.Ordinal)).Value);
        if (item is not JsonObject pathItem || Deref(pathItem[method.ToLowerInvariant()]) is not JsonObject operation)
        {
            return null;
        }

        // Path-level parameters apply unless the operation redefines the same name and location.
        var parameters = new List<ApiSpecParameter>();
        foreach (var node in Items(operation["parameters"]).Concat(Items(pathItem["parameters"])))
        {
            if (ReadParameter(node) is { } parameter && !parameters.Any(p => p.Name == parameter.Name && p.In == parameter.In))
            {
                parameters.Add(parameter);
            }
        }

        // Path parameters first, as the URL reads; the spec's order within each location (OrderBy is stable).
        parameters = [.. parameters.OrderBy(p => Array.IndexOf(Locations, p.In) is var i and >= 0 ? i : Locations.Length)];
        if (Deref(operation["requestBody"]) is JsonObject body)
        {
            parameters.Add(new ApiSpecParameter("body", "body", TypeOf(FirstMediaSchema(body["content"])), IsTrue(body["required"]), Text(body["description"])));
        }

        var responses = new List<ApiSpecResponse>();
        if (operation["responses"] is JsonObject responseMap)
        {
            foreach (var (status, response) in responseMap)
            {
                responses.Add(new ApiSpecResponse(status, Text(Deref(response)?["description"])));
            }
        }

        return new ApiSpecOperation(Text(operation["summary"]), Text(operation["description"]), BaseUrl(), parameters, responses);
    }

    private ApiSpecParameter? ReadParameter(JsonNode? node)
    {
        if (Deref(node) is not JsonObject parameter || Text(parameter["name"]) is not { } name)
        {
            return null;
        }

        var location = Text(parameter["in"]) ?? string.Empty;
        // Swagger 2 writes the type on the parameter (or a schema for body); OpenAPI 3 in its schema.
        var type = TypeOf(parameter["schema"] is { } schema ? schema : parameter);
        return new ApiSpecParameter(name, location, type, IsTrue(parameter["required"]) || location == "path", Text(parameter["description"]));
    }

    private string TypeOf(JsonNode? node, int depth = 0)
    {
        if (node is not JsonObject schema || depth > 4)
        {
            return string.Empty;
        }

        if (Text(schema["$ref"]) is { } reference)
        {
            return reference[(reference.LastIndexOf('/') + 1)..];
        }

        var type = Text(schema["type"]);
        if (type is null && schema["type"] is JsonArray types)
        {
            type = string.Join(" | ", types.Select(Text).Where(t => t is not null));
        }

        if (type == "array")
        {
            var items = TypeOf(schema["items"], depth + 1);
            return items.Length > 0 ? "array of " + items : "array";
        }

        return type ?? string.Empty;
    }

    private JsonNode? FirstMediaSchema(JsonNode? content)
    {
        if (content is not JsonObject media || media.Count == 0)
        {
            return null;
        }

        var chosen = media.FirstOrDefault(m => m.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value ?? media.First().Value;
        return chosen?["schema"];
    }

    private string? BaseUrl()
    {
        if (_root["servers"] is JsonArray { Count: > 0 } servers && Text(servers[0]?["url"]) is { } url)
        {
            return url;
        }

        if (Text(_root["host"]) is { } host)
        {
            var scheme = _root["schemes"] is JsonArray { Count: > 0 } schemes && Text(schemes[0]) is { } s ? s : "https";
            return scheme + "://" + host + (Text(_root["basePath"]) ?? string.Empty).TrimEnd('/');
        }

        return null;
    }

    /// <summary>Follows local <c>$ref</c>s (<c>#/a/b</c>, with <c>~1</c> and <c>~0</c> escapes) until a node without one.</summary>
    private JsonNode? Deref(JsonNode? node)
    {
        for (var hop = 0; hop < MaxRefHops && node is JsonObject o && Text(o["$ref"]) is { } reference; hop++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            JsonNode? target = _root;
            foreach (var segment in reference[2..].Split('/'))
            {
                target = target is JsonObject parent ? parent[Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
            }

            node = target;
        }

        return node is JsonObject { } still && still.ContainsKey("$ref") ? null : node;
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node is JsonArray array ? array : [];

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static bool IsTrue(JsonNode? node) => node is JsonValue value
        && ((value.TryGetValue<bool>(out var b) && b) || (value.TryGetValue<string>(out var s) && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A YAML document as the same tree as JSON: mappings are objects, sequences arrays, scalars strings.</summary>
    private static JsonNode? FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        // Aliases are shared nodes: a few lines can expand to billions of nodes, so the copy is capped.
        var budget = 1_000_000;
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, 0);

        JsonNode? Convert(YamlNode node, int depth)
        {
            if (depth > 64 || --budget < 0)
            {
                throw new InvalidOperationException("the YAML nests too deeply or expands too far");
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var (key, value) in mapping.Children)
                    {
                        if (key is YamlScalarNode { Value: { } name })
                        {
                            obj[name] = Convert(value, depth + 1);
                        }
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray([.. sequence.Children.Select(c => Convert(c, depth + 1))]);
                case YamlScalarNode scalar:
                    return scalar.Value is null ? null : JsonValue.Create(scalar.Value);
                default:
                    // An alias: YamlStream resolves anchors into shared nodes, so this is not reached for valid YAML.
                    return null;
            }
        }
    }
}
