namespace Cleaner.Core.Html;

/// <summary>
/// The text of the block being collected. Inline text is collapsed straight into the buffer and the buffer is reused
/// from block to block, so a page's text is copied once on its way to a block, not once per step.
/// </summary>
internal sealed class BlockTextBuffer
{
    private char[] _chars = new char[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        Reserve(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/> with whitespace runs collapsed, keeping one space at either end.</summary>
    /// <returns>The number of chars appended, edge spaces not counted.</returns>
    public int AppendCollapsed(ReadOnlySpan<char> text)
    {
        Reserve(text.Length + 1);
        var start = Length;
        Length += DomText.Collapse(text, _chars.AsSpan(start), keepEdgeSpaces: true);
        var visible = _chars.AsSpan(start, Length - start).Trim(' ').Length;

        // A space at the start of a line or after another space is tidied away later anyway; leaving it out now lets
        // most blocks skip tidying.
        if (Length > start && _chars[start] == ' ' && (start == 0 || _chars[start - 1] is ' ' or '\n'))
        {
            _chars.AsSpan(start + 1, Length - start - 1).CopyTo(_chars.AsSpan(start));
            Length--;
        }

        return visible;
    }

    public void TrimEnd(char c)
    {
        while (Length > 0 && _chars[Length - 1] == c)
        {
            Length--;
        }
    }

    public bool EndsWith(char c) => Length > 0 && _chars[Length - 1] == c;

    public bool IsBlank => Span.IsWhiteSpace();

    public override string ToString() => new(Span);

    private void Reserve(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }
}
