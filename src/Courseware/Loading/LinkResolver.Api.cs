using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.Api;
using Courseware.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Loading;

/// <summary>API operation blocks: the spec named by <c>src</c> becomes an asset, and a local spec fills the block.</summary>
internal sealed partial class LinkResolver
{
    /// <summary>Specs read so far by course path, with the reason when unreadable: a spec is read once for all its blocks.</summary>
    private readonly Dictionary<string, (ApiSpec? Spec, string? Error)> _specs = new(StringComparer.Ordinal);

    /// <summary>Descriptions in specs are CommonMark; GitBook's tags mean nothing there.</summary>
    private MarkdownPipeline? _specMarkdown;

    /// <summary>Resolves an API operation block of a page resolved at its turn (<see cref="PageLinks.Immediate"/>).</summary>
    private void ResolveApiOperation(Page page, ApiOperationBlock api, string file, SourceLocation location, PageLinks work)
    {
        if (api.SpecSource is not { } src)
        {
            return;
        }

        // A remote spec stays a link: it is never fetched. A probe with its own bag keeps Resolve's warnings to the real call.
        var slot = work.NewSlot();
        var probe = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), src, location, new DiagnosticBag());
        if (probe.Kind is UrlKind.External or UrlKind.Anchor or UrlKind.Refused)
        {
            ResolveLink(page, file, src, location, work, slot);
            return;
        }

        if (probe.Kind != UrlKind.Local || resolver.Index.FindFile(probe.Path!) is null || resolver.Index.IsFolder(probe.Path!))
        {
            work.Diagnostics.Report(DiagnosticCodes.ApiSpecMissing, location, src);
            Attach(slot, new ResolvedLink(LinkTargetKind.Broken, src));
            return;
        }

        var link = ResolveAsset(file, src, AssetKind.File, location, work, slot)
            ?? throw new InvalidOperationException("API operations are resolved at their page's turn, with their assets recorded.");
        if (link.Asset?.Path is not { } key)
        {
            return;
        }

        var (spec, error) = ReadSpec(key);
        if (spec is null)
        {
            work.Diagnostics.Report(DiagnosticCodes.ApiSpecUnreadable, location, src, error);
            return;
        }

        if (spec.Find(api.Path, api.Method) is not { } operation)
        {
            work.Diagnostics.Report(DiagnosticCodes.ApiOperationNotInSpec, location, api.Method, api.Path, src);
            return;
        }

        Fill(api, operation);
    }

    private (ApiSpec? Spec, string? Error) ReadSpec(string key)
    {
        if (_specs.TryGetValue(key, out var known))
        {
            return known;
        }

        var disk = resolver.Index.FindFile(key)!;
        (ApiSpec?, string?) result;
        try
        {
            var length = resolver.Index.Length(disk);
            if (length > settings.MaxFileBytes)
            {
                result = (null, $"{length} bytes, over the {settings.MaxFileBytes}-byte limit");
            }
            else
            {
                var bytes = resolver.Index.FileSystem.File.ReadAllBytes(resolver.Index.FullPath(disk));
                var yaml = key.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || key.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                    || (!key.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !LooksLikeJson(bytes));
                var spec = ApiSpec.Parse(bytes, yaml, out var error);
                result = (spec, error);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result = (null, ex.Message);
        }

        _specs[key] = result;
        return result;
    }

    private static bool LooksLikeJson(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    /// <summary>Adds what the spec knows and the page does not say: summary, base URL, description, parameters, responses.</summary>
    private void Fill(ApiOperationBlock api, ApiSpecOperation operation)
    {
        api.Summary ??= operation.Summary;
        api.BaseUrl ??= operation.BaseUrl;
        var added = new List<Block>();
        if (!api.Descriptions.Any() && operation.Description is { } description)
        {
            added.Add(WithMarkdown(api, new ApiDescriptionBlock(null) { TagName = "swagger-description" }, description));
        }

        if (!api.Parameters.Any())
        {
            foreach (var parameter in operation.Parameters)
            {
                var block = new ApiParameterBlock(null) { TagName = "swagger-parameter", Name = parameter.Name, In = parameter.In, Type = parameter.Type, Required = parameter.Required };
                added.Add(WithMarkdown(api, block, parameter.Description));
            }
        }

        if (!api.Responses.Any())
        {
            foreach (var response in operation.Responses)
            {
                added.Add(Placed(api, new ApiResponseBlock(null) { TagName = "swagger-response", Status = response.Status, Description = response.Description }));
            }
        }

        // Before the body (the link to the spec), in the order a reader expects.
        for (var i = added.Count - 1; i >= 0; i--)
        {
            api.Insert(0, added[i]);
        }
    }

    /// <summary>The block holding <paramref name="markdown"/> parsed, every node placed at the API block so that problems point at it.</summary>
    private T WithMarkdown<T>(ApiOperationBlock api, T block, string? markdown)
        where T : ContainerBlock
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            _specMarkdown ??= new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();
            var document = Markdig.Markdown.Parse(markdown, _specMarkdown);
            var children = document.ToList();
            document.Clear();
            foreach (var child in children)
            {
                block.Add(child);
            }

            foreach (var node in block.Descendants())
            {
                node.Line = api.Line;
                node.Column = api.Column;
            }
        }

        return Placed(api, block);
    }

    private static T Placed<T>(ApiOperationBlock api, T block)
        where T : Block
    {
        block.Line = api.Line;
        block.Column = api.Column;
        return block;
    }
}
