using System.Buffers;

namespace Cleaner.Core.Rules;

/// <summary>
/// Every text some gate looks for inside a line, in one case-blind search. Ordinal case-blind comparison never
/// pairs a non-ASCII character with an ASCII one, so a text with one ("©", "’s staff") is looked for only on a line
/// that has one too; the ASCII texts, nearly all of them, in one vectorized pass.
/// </summary>
internal sealed class GateTexts
{
    private readonly SearchValues<string>? _anyLine;
    private readonly SearchValues<string>? _nonAsciiLine;

    public GateTexts(IEnumerable<string> texts)
    {
        var distinct = texts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _anyLine = Search(distinct.Where(text => System.Text.Ascii.IsValid(text)));
        _nonAsciiLine = Search(distinct.Where(text => !System.Text.Ascii.IsValid(text)));
    }

    /// <summary>True when <paramref name="line"/> holds at least one of the texts.</summary>
    public bool AnyIn(ReadOnlySpan<char> line) =>
        (_anyLine is not null && line.ContainsAny(_anyLine))
        || (_nonAsciiLine is not null && line.ContainsAnyExceptInRange('\0', MaxAscii) && line.ContainsAny(_nonAsciiLine));

    private const char MaxAscii = '\x7F';

    private static SearchValues<string>? Search(IEnumerable<string> texts) =>
        texts.ToArray() is { Length: > 0 } values ? SearchValues.Create(values, StringComparison.OrdinalIgnoreCase) : null;
}
