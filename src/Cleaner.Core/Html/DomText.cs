using System.Buffers;
using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>Visible text of a subtree, entities decoded and whitespace collapsed, gathered without recursion.</summary>
internal static class DomText
{
    public static string Of(HtmlNode root, IReadOnlySet<HtmlNode>? excluded = null)
    {
        if (root.NodeType == HtmlNodeType.Text)
        {
            return Collapse(Decode(((HtmlTextNode)root).Text));
        }

        var builder = new StringBuilder();
        for (var node = root.FirstChild; node is not null; )
        {
            if (excluded is not null && excluded.Contains(node))
            {
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            if (node.NodeType == HtmlNodeType.Text)
            {
                builder.Append(Raw((HtmlTextNode)node));
            }
            else if (node.NodeType == HtmlNodeType.Element && (node.Name == "br" || BlockTags.IsBlock(node.Name)))
            {
                builder.Append(' ');
            }

            node = DomWalk.Next(node, root);
        }

        return Collapse(Decode(builder.ToString()));
    }

    /// <summary>
    /// The raw text of a parsed text node, read in place. HtmlAgilityPack's Text cuts a new string from the page on every
    /// call; the page's own text holds the same characters as long as the node is not edited, and nodes here are only
    /// ever removed, never edited.
    /// </summary>
    public static ReadOnlySpan<char> Raw(HtmlTextNode node) =>
        node.OuterStartIndex >= 0 && node.OwnerDocument?.Text is { } page && node.OuterStartIndex + node.OriginalOuterLength <= page.Length
            ? page.AsSpan(node.OuterStartIndex, node.OriginalOuterLength)
            : node.Text;

    public static string Decode(string raw) => raw.Contains('&') ? HtmlEntity.DeEntitize(raw) ?? raw : raw;

    /// <summary>Runs of whitespace (including no-break spaces) become one space; invisible characters go; ends trimmed.</summary>
    public static string Collapse(string text) => Collapse(text, keepEdgeSpaces: false);

    /// <param name="text">Text of one or more DOM nodes.</param>
    /// <param name="keepEdgeSpaces">Keep one space at either end, so words of adjacent inline nodes stay apart.</param>
    public static string Collapse(string text, bool keepEdgeSpaces)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var rented = text.Length > 1024 ? ArrayPool<char>.Shared.Rent(text.Length + 1) : null;
        var buffer = rented is null ? stackalloc char[text.Length + 1] : rented;
        var length = Collapse(text, buffer, keepEdgeSpaces);

        // Most text is already tidy: hand back the same string rather than a copy.
        var result = buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The collapse of <paramref name="text"/> written to <paramref name="output"/> (room for text.Length + 1 chars).</summary>
    /// <returns>How many chars were written.</returns>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> output, bool keepEdgeSpaces)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                space = keepEdgeSpaces || length > 0;
                continue;
            }

            // Zero-width space, byte-order mark and soft hyphen carry nothing; the zero-width joiners are kept,
            // as the text reader keeps them: they shape Persian, Indic and emoji text.
            if (c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (space)
            {
                output[length++] = ' ';
                space = false;
            }

            output[length++] = c;
        }

        if (space && keepEdgeSpaces)
        {
            output[length++] = ' ';
        }

        return length;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';
}
