using System.Text;

namespace Cleaner.Core.Html;

/// <summary>Whitespace handling for block text: inline runs collapsed, line breaks from &lt;br&gt; kept, &lt;pre&gt; kept as is.</summary>
internal static class BlockText
{
    /// <summary>Inline whitespace collapse that keeps a single leading/trailing space so words of adjacent nodes stay apart.</summary>
    public static string CollapseInline(string text) => DomText.Collapse(text, keepEdgeSpaces: true);

    public static string TidyLines(string raw)
    {
        var lines = raw.Split('\n').Select(l => DomText.Collapse(l).Trim(' ', '|').Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    public static string TrimPre(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }
}
