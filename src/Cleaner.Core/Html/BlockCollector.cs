using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>A block as collected, before filtering: its text plus the evidence the filter needs.</summary>
/// <param name="AfterTeaser">The block follows a linked headline: a teaser's blurb unless it is long.</param>
internal sealed record RawBlock(BlockKind Kind, string Text, int LinkChars, int Order, bool AfterTeaser = false)
{
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);
}

/// <summary>What was found inside the article container.</summary>
internal sealed class CollectedContent
{
    public List<RawBlock> Blocks { get; } = [];
    public List<string> Captions { get; } = [];
    public List<string> Bylines { get; } = [];
    public List<string> Dates { get; } = [];

    /// <summary>Adds captions found outside the container around the ones found inside it, in page order, without repeats.</summary>
    public void AddOuterCaptions(OuterCaptions outer)
    {
        if (outer.Before.Count == 0 && outer.After.Count == 0)
        {
            return;
        }

        var inside = Captions.ToList();
        Captions.Clear();
        foreach (var caption in outer.Before.Concat(inside).Concat(outer.After))
        {
            if (!Captions.Contains(caption))
            {
                Captions.Add(caption);
            }
        }
    }

    /// <summary>Headings that are mostly a link: teasers pointing at other stories.</summary>
    public int LinkedHeadings { get; set; }
}

/// <summary>
/// Walks the chosen container in document order and turns it into blocks (heading, paragraph, list item, quote, table row).
/// Captions and credits go to their own list; bylines are read but kept out of the text; link boxes, share bars and
/// other widgets inside the article are skipped by class hint or by link density (Readability's conditional cleaning,
/// simplified). The walk keeps its own stack, so nesting depth costs no call stack.
/// </summary>
internal sealed class BlockCollector(ClassHints hints, HtmlArticleRules rules, HtmlMetadataRules metadata)
{
    private readonly ElementTriage _triage = new(hints, rules, metadata);

    /// <param name="nodes">The content elements, in document order.</param>
    /// <param name="stats">Aggregates of the tree.</param>
    /// <param name="excluded">Elements marked as not content.</param>
    /// <param name="top">The chosen container.</param>
    /// <param name="headline">The story's headline element, which is the title and never a text block.</param>
    public CollectedContent Collect(IReadOnlyList<HtmlNode> nodes, DomStats stats, IReadOnlySet<HtmlNode> excluded, HtmlNode top, HtmlNode? headline)
    {
        var run = new Run(this, stats, excluded, stats[top]?.TextChars ?? 0, headline);
        foreach (var node in nodes)
        {
            run.Walk(node);
        }

        run.Flush();
        return run.Content;
    }

    private sealed class Run(BlockCollector owner, DomStats stats, IReadOnlySet<HtmlNode> excluded, int topChars, HtmlNode? headline)
    {
        private readonly BlockTextBuffer _text = new();
        private readonly Stack<BlockKind> _kinds = new();
        private readonly Stack<bool> _tables = new();
        private int _linkDepth;
        private int _linkChars;
        private int _preDepth;
        private int _figureDepth;
        private int _order;
        private bool _afterTeaser;
        private int _dataRowDepth;

        public CollectedContent Content { get; } = new();

        public void Walk(HtmlNode start)
        {
            var stack = new Stack<(HtmlNode Node, bool Enter)>();
            stack.Push((start, true));
            while (stack.Count > 0)
            {
                var (node, enter) = stack.Pop();
                if (!enter)
                {
                    Exit(node);
                    continue;
                }

                if (node.NodeType == HtmlNodeType.Text)
                {
                    AppendText(DomText.Raw((HtmlTextNode)node));
                    continue;
                }

                // One lookup per element: its aggregates, which say too whether it is inside what was measured.
                if (node.NodeType != HtmlNodeType.Element || (node != start && excluded.Count > 0 && excluded.Contains(node)) || stats[node] is not { } info)
                {
                    continue;
                }

                if (node != start && Divert(node, info))
                {
                    continue;
                }

                Enter(node, info);
                stack.Push((node, false));
                for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], true));
                }
            }
        }

        /// <summary>Handles elements that do not become text: captions, bylines and widgets. True when the subtree is done.</summary>
        private bool Divert(HtmlNode node, NodeInfo info)
        {
            if (node.Name == "time" && node.GetAttributeValue("datetime", "") is { Length: > 0 } datetime)
            {
                Content.Dates.Add(datetime);
            }

            var verdict = owner._triage.Judge(node, info, topChars, headline);
            if (verdict == Triage.Keep)
            {
                return false;
            }

            if (BlockTags.IsBlock(node.Name))
            {
                Flush();
            }

            switch (verdict)
            {
                case Triage.Caption when DomText.Of(node, excluded) is { Length: > 0 } caption && !Content.Captions.Contains(caption):
                    Content.Captions.Add(caption);
                    break;
                case Triage.Byline when DomText.Of(node, excluded) is { Length: > 0 } byline:
                    Content.Bylines.Add(byline);
                    break;
                case Triage.TeaserHeading:
                    Content.LinkedHeadings++;
                    _afterTeaser = true;
                    break;
                case Triage.LinkBox:
                    CountTeasers(node);
                    break;
            }

            return true;
        }

        private void CountTeasers(HtmlNode node)
        {
            foreach (var inner in DomWalk.Descendants(node))
            {
                if (inner.NodeType == HtmlNodeType.Element && BlockTags.IsHeading(inner.Name))
                {
                    Content.LinkedHeadings++;
                }
            }
        }

        private void Enter(HtmlNode node, NodeInfo info)
        {
            var name = node.Name;
            switch (name)
            {
                case "a" when !DomStats.IsInPageAnchor(node):
                    _linkDepth++;
                    return;
                case "br":
                    LineBreak();
                    return;
                case "td" or "th" when _tables.Count > 0 && _tables.Peek():
                    if (_text.Length > 0 && !EndsWithSpaceOnly())
                    {
                        _text.Append(" | ");
                    }

                    return;
            }

            if (!BlockTags.IsBlock(name))
            {
                return;
            }

            if (_dataRowDepth > 0 && name is not ("tr" or "table"))
            {
                // Paragraphs and lists inside a data cell stay part of the row.
                _text.Append(' ');
                return;
            }

            Flush();
            _order = info.Order;
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    _kinds.Push(BlockKind.Heading);
                    break;
                case "li" or "dd" or "dt":
                    _kinds.Push(BlockKind.ListItem);
                    break;
                case "blockquote":
                    _kinds.Push(BlockKind.Quote);
                    break;
                case "tr" when _tables.Count > 0 && _tables.Peek():
                    _kinds.Push(BlockKind.TableRow);
                    _dataRowDepth++;
                    break;
                case "table":
                    _tables.Push(IsDataTable(node));
                    break;
                case "pre":
                    _preDepth++;
                    break;
                case "figure":
                    _figureDepth++;
                    break;
            }
        }

        private void Exit(HtmlNode node)
        {
            var name = node.Name;
            if (name == "a")
            {
                if (!DomStats.IsInPageAnchor(node))
                {
                    _linkDepth--;
                }

                return;
            }

            if (!BlockTags.IsBlock(name) || name is "td" or "th" && _tables.Count > 0 && _tables.Peek())
            {
                return;
            }

            if (_dataRowDepth > 0 && name is not ("tr" or "table"))
            {
                _text.Append(' ');
                return;
            }

            Flush();
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dd" or "dt" or "blockquote":
                    _kinds.TryPop(out _);
                    break;
                case "tr" when _tables.Count > 0 && _tables.Peek():
                    _kinds.TryPop(out _);
                    _dataRowDepth--;
                    break;
                case "table":
                    _tables.TryPop(out _);
                    break;
                case "pre":
                    _preDepth--;
                    break;
                case "figure":
                    _figureDepth--;
                    break;
            }
        }

        private void AppendText(ReadOnlySpan<char> raw)
        {
            if (_figureDepth > 0 || raw.Length == 0)
            {
                return;
            }

            var text = raw.Contains('&') ? DomText.Decode(raw.ToString()).AsSpan() : raw;
            if (_preDepth > 0)
            {
                _text.Append(text);
                _linkChars += _linkDepth > 0 ? text.Trim().Length : 0;
                return;
            }

            var visible = _text.AppendCollapsed(text);
            _linkChars += _linkDepth > 0 ? visible : 0;
        }

        private void LineBreak()
        {
            _text.TrimEnd(' ');
            if (_text.EndsWith('\n'))
            {
                Flush();
                return;
            }

            _text.Append('\n');
        }

        private bool EndsWithSpaceOnly() => _text.IsBlank;

        public void Flush()
        {
            if (_text.Length == 0)
            {
                _linkChars = 0;
                return;
            }

            var text = _preDepth > 0 ? BlockText.TrimPre(_text.ToString()) : BlockText.TidyLines(_text.Span);
            _text.Clear();
            if (text.Length > 0)
            {
                var kind = _kinds.Count > 0 ? _kinds.Peek() : BlockKind.Paragraph;
                Content.Blocks.Add(new RawBlock(kind, text, _linkChars, _order, _afterTeaser));
                _afterTeaser = false;
            }

            _linkChars = 0;
        }

        /// <summary>A table of data has no nested tables or headings and no huge cells; a layout table wraps whole page sections.</summary>
        private bool IsDataTable(HtmlNode table)
        {
            foreach (var node in DomWalk.Descendants(table))
            {
                if (node.NodeType == HtmlNodeType.Element && (node.Name == "table" || BlockTags.IsHeading(node.Name)))
                {
                    return false;
                }

                if (node.NodeType == HtmlNodeType.Element && node.Name is "td" or "th" && (stats[node]?.TextChars ?? 0) > 2000)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
