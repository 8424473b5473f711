using System.Text;

namespace Cleaner.Core.Rules;

/// <summary>
/// Finds a piece of plain text every match of a regular expression must contain, such as "(Reuters)" in
/// <c>^\p{Lu}[\p{L} .,'/-]{1,60}\(Reuters\)</c>, so a line without it can skip the regex altogether.
/// Conservative by design: only text outside groups, classes and alternations counts, and any doubt ends the
/// current piece, so the answer can be shorter than possible but never wrong.
/// </summary>
internal static partial class RequiredLiteral
{
    private const string MetaCharacters = @"\()[]{}.*+?^$|#";

    /// <summary>Shorter pieces ("a", ", ") occur on nearly every line and would filter nothing.</summary>
    public const int MinChars = 3;

    /// <summary>The longest piece of text every match contains, or null when there is none worth searching for.</summary>
    public static string? Of(string pattern) => Of(pattern, MinChars);

    /// <summary>The longest piece of text every match contains, if it has at least <paramref name="minChars"/> characters.</summary>
    public static string? Of(string pattern, int minChars)
    {
        var best = "";
        foreach (var (text, _, _) in Runs(pattern) ?? [])
        {
            if (text.Length > best.Length)
            {
                best = text;
            }
        }

        return best.Length >= minChars ? best : null;
    }

    /// <summary>
    /// The text every match starts with, for a pattern anchored at the line start ("^Updated \d…" → "Updated ").
    /// Callers compare it case-blind, so a leading "(?i)" is passed over.
    /// </summary>
    public static string? Prefix(string pattern)
    {
        pattern = WithoutLeadingCaseBlindFlag(pattern);
        if (!pattern.StartsWith('^'))
        {
            return null;
        }

        return Runs(pattern)?.FirstOrDefault(r => r.Start == 1).Text is { Length: > 0 } prefix ? prefix : null;
    }

    /// <summary>
    /// The texts one of which every match starts with: the single prefix, or for a pattern opening with a group of
    /// plain alternatives ("^(Published|Updated) \d…") each alternative followed by the text after the group.
    /// </summary>
    public static IReadOnlyList<string>? Prefixes(string pattern)
    {
        if (Prefix(pattern) is { } prefix)
        {
            return [prefix];
        }

        pattern = WithoutLeadingCaseBlindFlag(pattern);
        if (!pattern.StartsWith("^(", StringComparison.Ordinal))
        {
            return null;
        }

        var close = SkipGroup(pattern, 1);
        if (close >= pattern.Length || (close + 1 < pattern.Length && pattern[close + 1] is '?' or '*' or '+' or '{'))
        {
            return null;
        }

        var body = pattern[2..close];
        var options = GroupOptions().Match(body);
        if (options.Success)
        {
            body = body[options.Length..];
        }
        else if (body.StartsWith('?'))
        {
            return null;
        }

        var alternatives = body.Split('|');
        if (alternatives.Any(a => a.Length == 0 || a.AsSpan().IndexOfAny(MetaCharacters) >= 0))
        {
            return null;
        }

        var tail = Runs(pattern[(close + 1)..])?.FirstOrDefault(r => r.Start == 0).Text ?? "";
        return alternatives.Select(a => a + tail).ToList();
    }

    /// <summary>
    /// The texts one of which every match contains, from the first group of plain alternatives outside any other
    /// group ("\b(Getty Images|Shutterstock)\s*$" → "Getty Images", "Shutterstock"); null when there is none, when
    /// the group is optional or a look-around, or when the pattern is itself an alternation.
    /// </summary>
    public static IReadOnlyList<string>? AnyOf(string pattern)
    {
        if (Runs(pattern) is null)
        {
            return null;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    var close = SkipGroup(pattern, i);
                    if (close < pattern.Length && PlainAlternatives(pattern, i, close) is { } alternatives)
                    {
                        return alternatives;
                    }

                    i = close;
                    break;
            }
        }

        return null;
    }

    /// <summary>The alternatives of the group between <paramref name="open"/> and <paramref name="close"/>, when each is plain text and the group is required.</summary>
    private static string[]? PlainAlternatives(string pattern, int open, int close)
    {
        var quantified = close + 1 < pattern.Length && pattern[close + 1] is '?' or '*' or '{';
        var body = pattern[(open + 1)..close];
        if (quantified || body.Length == 0)
        {
            return null;
        }

        if (body.StartsWith('?'))
        {
            var options = GroupOptions().Match(body);
            if (!options.Success)
            {
                return null;
            }

            body = body[options.Length..];
        }

        var alternatives = body.Split('|');
        return alternatives.All(a => a.Length > 0 && a.AsSpan().IndexOfAny(MetaCharacters) < 0) ? alternatives : null;
    }

    /// <summary>
    /// The text every match ends with, trailing white space aside, for a pattern anchored at the line end
    /// ("…hide caption$" → " hide caption"; credits end "…\)\s*$" → ")"). Callers compare it with the trimmed line.
    /// </summary>
    public static string? Suffix(string pattern)
    {
        pattern = WithoutSpaceBeforeEnd(pattern);
        if (!pattern.EndsWith('$') || EndsEscaped(pattern))
        {
            return null;
        }

        return Runs(pattern)?.FirstOrDefault(r => r.End == pattern.Length - 1).Text is { Length: > 0 } suffix ? suffix : null;
    }

    private static string WithoutLeadingCaseBlindFlag(string pattern) =>
        pattern.StartsWith("(?i)^", StringComparison.Ordinal) ? pattern[4..] : pattern;

    /// <summary>"…\)\s*$" → "…\)$": white space allowed before the end is not text the trimmed line ends with.</summary>
    private static string WithoutSpaceBeforeEnd(string pattern)
    {
        const string spaceThenEnd = @"\s*$";
        if (!pattern.EndsWith(spaceThenEnd, StringComparison.Ordinal))
        {
            return pattern;
        }

        // The backslash of "\s*$" must not itself be escaped ("\\s*$" is a backslash, then any number of "s").
        return IsEscaped(pattern, pattern.Length - spaceThenEnd.Length) ? pattern : pattern[..^spaceThenEnd.Length] + "$";
    }

    /// <summary>A '$' preceded by an odd number of backslashes is a literal dollar sign, not the end anchor.</summary>
    private static bool EndsEscaped(string pattern) => IsEscaped(pattern, pattern.Length - 1);

    /// <summary>True when the character at <paramref name="at"/> follows an odd number of backslashes.</summary>
    private static bool IsEscaped(string pattern, int at)
    {
        var slashes = 0;
        for (var i = at - 1; i >= 0 && pattern[i] == '\\'; i--)
        {
            slashes++;
        }

        return slashes % 2 == 1;
    }

    /// <summary>
    /// Each stretch of plain text outside groups and classes, with where it starts in the pattern and the index
    /// just past its last character; null for a top-level alternation.
    /// </summary>
    private static List<(string Text, int Start, int End)>? Runs(string pattern)
    {
        var runs = new List<(string Text, int Start, int End)>();
        var run = new StringBuilder();
        var start = -1;
        var end = -1;
        void Keep()
        {
            if (run.Length > 0)
            {
                runs.Add((run.ToString(), start, end));
            }

            run.Clear();
        }

        void Append(char c, int at)
        {
            if (run.Length == 0)
            {
                start = at;
            }

            run.Append(c);
            end = at + 1;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '|':
                    return null;
                case '(':
                    Keep();
                    i = SkipGroup(pattern, i);
                    break;
                case '[':
                    Keep();
                    i = SkipClass(pattern, i);
                    break;
                case '*' or '+' or '?':
                    DropQuantified(run);
                    Keep();
                    break;
                case '{' when IsCountedQuantifier(pattern, i, out var close):
                    DropQuantified(run);
                    Keep();
                    i = close;
                    break;
                case '.' or '^' or '$':
                    Keep();
                    break;
                case '\\' when i + 1 < pattern.Length:
                    var next = pattern[++i];
                    if (char.IsLetterOrDigit(next))
                    {
                        // \d, \p{L}, \b, \1, \x41 …: a class, an assertion or a coded character, not plain text.
                        Keep();
                        i = EndOfEscape(pattern, i);
                    }
                    else
                    {
                        Append(next, i - 1);
                        end = i + 1;
                    }

                    break;
                default:
                    Append(c, i);
                    break;
            }
        }

        Keep();
        return runs;
    }

    /// <summary>A quantifier applies to the last character only; the text before it is still required.</summary>
    /// <summary>Index of the last character of the escape whose letter or digit is at <paramref name="at"/>.</summary>
    private static int EndOfEscape(string pattern, int at)
    {
        int Through(char close) => pattern.IndexOf(close, at) is var end and >= 0 ? end : pattern.Length;
        return pattern[at] switch
        {
            'p' or 'P' when at + 1 < pattern.Length && pattern[at + 1] == '{' => Through('}'),
            'k' when at + 1 < pattern.Length && pattern[at + 1] == '<' => Through('>'),
            'k' when at + 1 < pattern.Length && pattern[at + 1] == '\'' => pattern.IndexOf('\'', at + 2) is var end and >= 0 ? end : pattern.Length,
            'x' => Math.Min(at + 2, pattern.Length),
            'u' => Math.Min(at + 4, pattern.Length),
            'c' => Math.Min(at + 1, pattern.Length),
            >= '0' and <= '9' => LastDigit(pattern, at),
            _ => at,
        };
    }

    private static int LastDigit(string pattern, int at)
    {
        while (at + 1 < pattern.Length && char.IsAsciiDigit(pattern[at + 1]))
        {
            at++;
        }

        return at;
    }

    private static void DropQuantified(StringBuilder run)
    {
        if (run.Length > 0)
        {
            run.Length--;
        }
    }

    private static bool IsCountedQuantifier(string pattern, int open, out int close)
    {
        close = pattern.IndexOf('}', open);
        if (close < 0)
        {
            return false;
        }

        var inside = pattern.AsSpan(open + 1, close - open - 1);
        var comma = inside.IndexOf(',');
        var min = comma < 0 ? inside : inside[..comma];
        var max = comma < 0 ? [] : inside[(comma + 1)..];
        return min.Length > 0 && IsDigits(min) && IsDigits(max);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipGroup(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return pattern.Length;
    }

    private static int SkipClass(string pattern, int open)
    {
        // A ']' right after '[' or '[^' is a literal member, not the end.
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }

    /// <summary>"?:" or inline options such as "?-i:" opening a group.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\?[imnsx]*(-[imnsx]+)?:")]
    private static partial System.Text.RegularExpressions.Regex GroupOptions();
}
