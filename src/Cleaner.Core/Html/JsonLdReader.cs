using System.Text.Json;

namespace Cleaner.Core.Html;

/// <summary>The article facts found in a page's JSON-LD.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Published { get; init; }
    public string? Modified { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public string? WebsiteName { get; init; }
    public string? ArticleBody { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public string? Description { get; init; }
}

/// <summary>
/// Reads schema.org JSON-LD blocks: top-level objects, arrays and <c>@graph</c> lists, <c>@id</c> references to authors,
/// and articles nested as <c>mainEntity</c>. Broken JSON is repaired where cheap (raw newlines in strings, CDATA wrappers),
/// otherwise skipped with a warning.
/// </summary>
internal sealed class JsonLdReader(HtmlMetadataRules rules)
{
    private const int MaxDepth = 64;
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth };

    private readonly HashSet<string> _articleTypes = new(rules.JsonLdArticleTypes, StringComparer.OrdinalIgnoreCase);

    /// <param name="scripts">The JSON-LD blocks.</param>
    /// <param name="pageTitle">The &lt;title&gt; or og:title, to choose between a differing name and headline.</param>
    /// <param name="warnings">Where unreadable blocks are reported.</param>
    public JsonLdArticle? Read(IReadOnlyList<string> scripts, string? pageTitle, List<string> warnings)
    {
        var objects = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                var document = Parse(script);
                if (document is null)
                {
                    warnings.Add("a JSON-LD block is not valid JSON and was skipped");
                    continue;
                }

                documents.Add(document);
                CollectObjects(document.RootElement, objects);
            }

            return Build(objects, pageTitle);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static JsonDocument? Parse(string script)
    {
        var text = script.Trim();
        if (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            text = text[4..].TrimEnd();
            text = text.EndsWith("-->", StringComparison.Ordinal) ? text[..^3] : text;
        }

        text = text.Replace("//<![CDATA[", "").Replace("//]]>", "").Replace("<![CDATA[", "").Replace("]]>", "").Trim();
        // Raw line breaks inside strings are the common breakage; the repaired copy is made only when it is needed.
        return TryParse(text) ?? (text.AsSpan().ContainsAny('\n', '\r', '\t') ? TryParse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ')) : null);
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every object in the tree, parents before children (iterative; depth is already capped by the parser).</summary>
    private static void CollectObjects(JsonElement root, List<JsonElement> objects)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Reverse())
                {
                    stack.Push(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                objects.Add(element);
                foreach (var property in element.EnumerateObject().Reverse())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        stack.Push(property.Value);
                    }
                }
            }
        }
    }

    private JsonLdArticle? Build(List<JsonElement> objects, string? pageTitle)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            if (String(o, "@id") is { } id && o.EnumerateObject().Count() > 1)
            {
                byId.TryAdd(id, o);
            }
        }

        string? website = objects.Where(o => HasType(o, "WebSite")).Select(o => String(o, "name")).FirstOrDefault(n => n is not null);
        var articles = objects.Where(o => Types(o).Any(_articleTypes.Contains)).ToList();
        if (articles.Count == 0)
        {
            return website is null ? null : new JsonLdArticle { WebsiteName = website };
        }

        // The article with a body or headline wins over a bare reference to one.
        var article = articles.OrderByDescending(a => (String(a, "articleBody") is null ? 0 : 2) + (String(a, "headline") is null ? 0 : 1)).First();
        return new JsonLdArticle
        {
            Headline = Headline(String(article, "headline"), String(article, "name"), pageTitle),
            Published = String(article, "datePublished") ?? String(article, "dateCreated"),
            Modified = String(article, "dateModified"),
            Authors = Names(article, "author", byId),
            Publisher = Names(article, "publisher", byId).FirstOrDefault(),
            WebsiteName = website,
            ArticleBody = Body(article),
            Language = String(article, "inLanguage"),
            Url = String(article, "url") ?? String(article, "mainEntityOfPage"),
            Description = String(article, "description"),
        };
    }

    /// <summary>
    /// Headline and name should agree; some sites put a description in one of them (Wikipedia) or their own name in the
    /// other, so the one sharing more words with the page title wins.
    /// </summary>
    private static string? Headline(string? headline, string? name, string? pageTitle)
    {
        if (headline is null || name is null || headline == name || pageTitle is null)
        {
            return headline ?? name;
        }

        var title = new WordBag(pageTitle);
        return new WordBag(name).F1(title) > new WordBag(headline).F1(title) ? name : headline;
    }

    private static IEnumerable<string> Types(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        var values = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        foreach (var value in values)
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { } name)
            {
                // "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type.
                var cut = Math.Max(name.LastIndexOf('/'), name.LastIndexOf(':'));
                yield return cut >= 0 ? name[(cut + 1)..] : name;
            }
        }
    }

    private static bool HasType(JsonElement o, string type) => Types(o).Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase));

    private static string? String(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Object => value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            _ => null,
        };
        text = text is null ? null : DomText.Collapse(DomText.Decode(text));
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>articleBody with its paragraph breaks kept: each line is tidied on its own.</summary>
    private static string? Body(JsonElement article)
    {
        if (!article.TryGetProperty("articleBody", out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { } text)
        {
            return null;
        }

        var lines = DomText.Decode(text).Split('\n').Select(DomText.Collapse).Where(l => l.Length > 0);
        var body = string.Join('\n', lines);
        return body.Length == 0 ? null : body;
    }

    /// <summary>Names from a string, an object with a name, an @id reference, or an array of those.</summary>
    private static List<string> Names(JsonElement o, string property, Dictionary<string, JsonElement> byId)
    {
        var names = new List<string>();
        if (!o.TryGetProperty(property, out var value))
        {
            return names;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        foreach (var item in items)
        {
            string? name = null;
            if (item.ValueKind == JsonValueKind.String)
            {
                name = item.GetString();
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                var target = item;
                if (String(item, "name") is null && String(item, "@id") is { } id && byId.TryGetValue(id, out var resolved))
                {
                    target = resolved;
                }

                name = String(target, "name");
            }

            name = name is null ? null : DomText.Collapse(DomText.Decode(name));
            if (!string.IsNullOrEmpty(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
