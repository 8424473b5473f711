using System.Globalization;

namespace Cleaner.Core.Rules;

/// <summary>
/// What every text a regular expression matches must hold, read off the pattern's syntax tree: texts one of which
/// starts every match (for a pattern anchored at the line start), ends it, trailing white space aside (for a pattern
/// anchored at the line end), or stands somewhere in it. "^(?i:tags?|topics?)\s*:" must start with "tag" or
/// "topic"; "\d+ (shares?|views?)\s*$" must end with "share", "shares", "view" or "views".
/// <para>
/// The texts are lower-cased and meant for an ordinal case-blind comparison, so the pattern's case options do not
/// matter. (The regex engine's own case-blind matching also pairs a few compatibility letters, such as the Kelvin
/// sign with "k"; a line spelling a rule's fixed text with one of those is not caught.)
/// Conservative by design: a construct this reader does not follow (free spacing, multi-line anchors,
/// conditionals, \G) gives no texts at all, and a set that would grow past <see cref="MaxTexts"/> is cut to
/// shorter texts or given up for a weaker one, so the answer can be weaker than possible but never wrong.
/// </para>
/// </summary>
public sealed class PatternLiterals
{
    /// <summary>Sets larger than this are given up: a gate with dozens of texts costs more than it saves.</summary>
    public const int MaxTexts = 32;

    // A character class of more members than this is not worth spelling out ("[a-z]").
    private const int MaxClassMembers = 8;

    private static readonly string[] NothingKnown = [""];

    private PatternLiterals(Facts facts)
    {
        AnchoredAtStart = facts.StartAnchored;
        AnchoredAtEnd = facts.EndAnchored;
        Prefixes = facts.StartAnchored ? Minimal(Known(facts.Prefixes), (text, other) => text.StartsWith(other, StringComparison.Ordinal)) : [];
        Suffixes = facts.EndAnchored ? Minimal(Known(facts.EndSuffixes), (text, other) => text.EndsWith(other, StringComparison.Ordinal)) : [];
        Contained = Minimal(Known(facts.Contained), (text, other) => text.Contains(other, StringComparison.Ordinal));
    }

    /// <summary>Every match starts at the line start.</summary>
    public bool AnchoredAtStart { get; }

    /// <summary>Every match ends at the line end.</summary>
    public bool AnchoredAtEnd { get; }

    /// <summary>For a pattern anchored at the start: one of these starts every matching line. Empty when nothing is known.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>For a pattern anchored at the end: the line, trailing white space removed, ends with one of these. Empty when nothing is known.</summary>
    public IReadOnlyList<string> Suffixes { get; }

    /// <summary>One of these stands in every matching line. Empty when nothing is known.</summary>
    public IReadOnlyList<string> Contained { get; }

    /// <summary>Texts this long narrow enough to be worth a search of the whole line.</summary>
    public const int SearchWorthyStrength = 3;

    /// <summary>
    /// How much a set narrows: the length of its shortest text (0 for an empty set), where a sign news text seldom
    /// holds ("©", "@", "/") counts as long enough to search for on its own.
    /// </summary>
    public static int Strength(IReadOnlyList<string> texts) => texts.Count == 0 ? 0 : texts.Min(Weight);

    private static int Weight(string text) =>
        text.Length is > 0 and < SearchWorthyStrength && text.All(IsRareSign) ? SearchWorthyStrength : text.Length;

    // No letter, digit, space or everyday punctuation.
    private static bool IsRareSign(char c) =>
        !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('.' or ',' or '-' or '\'' or '"' or '’' or ':' or '(' or ')');

    /// <summary>What a pattern's matches must hold; nothing at all for a pattern this reader does not follow.</summary>
    public static PatternLiterals Of(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var facts = reader.Alternation();
            return reader.AtEnd ? new PatternLiterals(facts) : Unknown;
        }
        catch (NotSupportedException)
        {
            return Unknown;
        }
    }

    /// <summary>No texts at all: for a pattern whose options this reader does not follow.</summary>
    public static PatternLiterals Nothing => Unknown;

    private static PatternLiterals Unknown => new(Facts.Opaque());

    private static string[] Known(string[] texts) => Strength(texts) > 0 ? texts : [];

    /// <summary>Without the texts that hold another one of the set where it counts ("for the " after "for "): they add nothing.</summary>
    private static string[] Minimal(string[] texts, Func<string, string, bool> holds) =>
        texts.Where(text => !texts.Any(other => other.Length < text.Length && holds(text, other))).ToArray();

    /// <summary>What one piece of a pattern can match. Every set is lower-cased; a set holding "" says nothing.</summary>
    private sealed class Facts
    {
        /// <summary>Every text the piece can match, when there are few; null otherwise.</summary>
        public string[]? Exact;

        public string[] Prefixes = NothingKnown;

        public string[] Suffixes = NothingKnown;

        /// <summary>For a piece that reaches the line end: its match, trailing white space removed, ends with one of these.</summary>
        public string[] EndSuffixes = NothingKnown;

        public string[] Contained = NothingKnown;

        public bool StartAnchored;

        public bool EndAnchored;

        /// <summary>Matches no characters: an anchor, a look-around, an inline option.</summary>
        public bool ZeroWidth;

        /// <summary>Matches white space only (or nothing): invisible at the line end, where the line is trimmed.</summary>
        public bool Blank;

        public static Facts Opaque() => new();

        public static Facts Exactly(string[] texts, bool blank = false) => new()
        {
            Exact = texts, Prefixes = texts, Suffixes = texts, Contained = texts, Blank = blank,
        };

        public static Facts Empty(bool start = false, bool end = false) => new()
        {
            Exact = NothingKnown, ZeroWidth = true, Blank = true, StartAnchored = start, EndAnchored = end,
        };
    }

    /// <summary>A recursive-descent reader of .NET pattern syntax that computes <see cref="Facts"/> as it goes.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        private char Peek => pattern[_at];

        public Facts Alternation()
        {
            var branches = new List<Facts> { Sequence() };
            while (!AtEnd && Peek == '|')
            {
                _at++;
                branches.Add(Sequence());
            }

            return branches.Count == 1 ? branches[0] : Either(branches);
        }

        private Facts Sequence()
        {
            var items = new List<Facts>();
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                items.Add(Quantified(Atom()));
            }

            return Concatenation(items);
        }

        private Facts Atom()
        {
            var c = pattern[_at++];
            return c switch
            {
                '(' => Group(),
                '[' => Class(),
                '.' => Facts.Opaque(),
                '^' => Facts.Empty(start: true),
                '$' => Facts.Empty(end: true),
                '\\' => Escape(),
                '*' or '+' or '?' => throw new NotSupportedException("quantifier without a target"),
                _ => Literal(c),
            };
        }

        private static Facts Literal(char c) => Facts.Exactly([Lower(c)], blank: char.IsWhiteSpace(c));

        // Lower-cased only where the gates' ordinal case-blind comparison still pairs the two: the Kelvin sign
        // lower-cases to "k", which that comparison does not equate with it, so such a letter stays as written.
        private static string Lower(char c) =>
            char.ToLowerInvariant(c) is var lower && string.Equals(lower.ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase)
                ? lower.ToString()
                : c.ToString();

        private Facts Group()
        {
            if (AtEnd || Peek != '?')
            {
                return Closed(Alternation());
            }

            _at++;
            var kind = AtEnd ? '\0' : Peek;
            switch (kind)
            {
                case ':' or '>':
                    _at++;
                    return Closed(Alternation());
                case '=':
                    _at++;
                    return LookAround(Closed(Alternation()), positive: true);
                case '!':
                    _at++;
                    return LookAround(Closed(Alternation()), positive: false);
                case '#':
                    var close = pattern.IndexOf(')', _at);
                    _at = close < 0 ? throw new NotSupportedException("open comment") : close + 1;
                    return Facts.Empty();
                case '<' when _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!':
                    var positive = pattern[_at + 1] == '=';
                    _at += 2;
                    return LookAround(Closed(Alternation()), positive);
                case '<' or '\'':
                    var end = pattern.IndexOf(kind == '<' ? '>' : '\'', _at + 1);
                    _at = end < 0 ? throw new NotSupportedException("unnamed group") : end + 1;
                    return Closed(Alternation());
                default:
                    return Options();
            }
        }

        /// <summary>"(?i)" or "(?i:…)"; free spacing and multi-line anchors change what the text means, so they end the reading.</summary>
        private Facts Options()
        {
            var start = _at;
            while (!AtEnd && Peek is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                _at++;
            }

            var options = pattern.AsSpan(start, _at - start);
            if (AtEnd || options.IndexOfAny('m', 'x') >= 0)
            {
                throw new NotSupportedException("option that changes the syntax or the anchors");
            }

            switch (pattern[_at++])
            {
                case ')':
                    return Facts.Empty();
                case ':':
                    return Closed(Alternation());
                default:
                    throw new NotSupportedException("conditional or unknown group");
            }
        }

        private Facts Closed(Facts inner)
        {
            if (AtEnd || Peek != ')')
            {
                throw new NotSupportedException("unclosed group");
            }

            _at++;
            return inner;
        }

        /// <summary>A look-around matches nothing, but what a positive one requires is in the line all the same.</summary>
        private static Facts LookAround(Facts inner, bool positive)
        {
            var facts = Facts.Empty();
            if (positive)
            {
                facts.Contained = Best(inner.Contained, inner.Prefixes, inner.Suffixes, inner.Exact);
            }

            return facts;
        }

        private Facts Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 's':
                    return new Facts { Blank = true };
                case 'd' or 'D' or 'w' or 'W' or 'S':
                    return Facts.Opaque();
                case 'p' or 'P':
                    SkipBraces();
                    return Facts.Opaque();
                case 'b' or 'B':
                    return Facts.Empty();
                case 'A':
                    return Facts.Empty(start: true);
                case 'z' or 'Z':
                    return Facts.Empty(end: true);
                case 'k':
                    SkipName();
                    return Facts.Opaque();
                case >= '1' and <= '9':
                    while (!AtEnd && char.IsAsciiDigit(Peek))
                    {
                        _at++;
                    }

                    return Facts.Opaque();
                case 'G':
                    throw new NotSupportedException(@"\G");
                default:
                    return Literal(CodedCharacter(c));
            }
        }

        /// <summary>The character an escape stands for once it is known not to be a class or an assertion.</summary>
        private char CodedCharacter(char c)
        {
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\a';
                case 'x': return (char)Hex(2);
                case 'u': return (char)Hex(4);
                case 'c' when !AtEnd: return (char)(char.ToUpperInvariant(pattern[_at++]) - '@');
                case '0':
                    var value = 0;
                    for (var digits = 0; digits < 2 && !AtEnd && Peek is >= '0' and <= '7'; digits++)
                    {
                        value = (value * 8) + (pattern[_at++] - '0');
                    }

                    return (char)value;
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        throw new NotSupportedException($@"escape \{c}");
                    }

                    return c;
            }
        }

        private int Hex(int digits)
        {
            if (_at + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new NotSupportedException("short hexadecimal escape");
            }

            _at += digits;
            return value;
        }

        private void SkipBraces()
        {
            var close = AtEnd || Peek != '{' ? -1 : pattern.IndexOf('}', _at);
            _at = close < 0 ? throw new NotSupportedException("property escape without braces") : close + 1;
        }

        private void SkipName()
        {
            var close = AtEnd ? -1 : Peek switch
            {
                '<' => pattern.IndexOf('>', _at),
                '\'' => pattern.IndexOf('\'', _at + 1),
                _ => -1,
            };
            _at = close < 0 ? throw new NotSupportedException("named back-reference") : close + 1;
        }

        /// <summary>"[—–-]" is one of three texts; a negated, wide or coded class ("[^.]", "[a-z]", "[\w.]") is any character.</summary>
        private Facts Class()
        {
            var negated = !AtEnd && Peek == '^';
            if (negated)
            {
                _at++;
            }

            var members = new HashSet<string>(StringComparer.Ordinal);
            var spelled = !negated;
            var blank = !negated;
            var first = true;
            while (true)
            {
                if (AtEnd)
                {
                    throw new NotSupportedException("unclosed class");
                }

                var c = pattern[_at++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '-' && !AtEnd && Peek == '[')
                {
                    _at++;
                    Class();
                    spelled = false;
                    continue;
                }

                int? member = c;
                if (c == '\\')
                {
                    member = ClassEscape(ref blank);
                }

                if (member is not { } low)
                {
                    spelled = false;
                    continue;
                }

                var high = low;
                if (!AtEnd && Peek == '-' && _at + 1 < pattern.Length && pattern[_at + 1] is not (']' or '['))
                {
                    _at++;
                    var upper = pattern[_at++];
                    var blankUnused = false;
                    high = upper == '\\' ? ClassEscape(ref blankUnused) ?? -1 : upper;
                    if (high < 0)
                    {
                        spelled = false;
                        continue;
                    }
                }

                for (var code = low; code <= high && members.Count <= MaxClassMembers; code++)
                {
                    members.Add(Lower((char)code));
                    blank &= char.IsWhiteSpace((char)code);
                }

                spelled &= high - low < MaxClassMembers;
            }

            spelled &= members.Count <= MaxClassMembers;
            return spelled ? Facts.Exactly([.. members], blank) : new Facts { Blank = blank && members.Count == 0 };
        }

        /// <summary>A single character escaped inside a class, or null for a class escape ("\d", "\p{L}").</summary>
        private int? ClassEscape(ref bool blank)
        {
            if (AtEnd)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 's':
                    return null;
                case 'd' or 'D' or 'w' or 'W' or 'S':
                    blank = false;
                    return null;
                case 'p' or 'P':
                    blank = false;
                    SkipBraces();
                    return null;
                case 'b':
                    return '\b';
                default:
                    return CodedCharacter(c);
            }
        }

        private Facts Quantified(Facts item)
        {
            if (AtEnd)
            {
                return item;
            }

            int min, max;
            switch (Peek)
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    _at++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    _at++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _at++;
                    break;
                case '{' when CountedQuantifier() is { } counted:
                    (min, max) = counted;
                    break;
                default:
                    return item;
            }

            if (!AtEnd && Peek == '?')
            {
                _at++;
            }

            return Repeated(item, min, max);
        }

        /// <summary>"{2}", "{2,}", "{2,5}"; anything else after a brace is plain text to .NET.</summary>
        private (int Min, int Max)? CountedQuantifier()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var inside = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = inside.IndexOf(',');
            var minText = comma < 0 ? inside : inside[..comma];
            var maxText = comma < 0 ? inside : inside[(comma + 1)..];
            if (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            var max = int.MaxValue;
            if (maxText.Length > 0 && !int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max))
            {
                return null;
            }

            _at = close + 1;
            return (min, max);
        }

        private static Facts Repeated(Facts item, int min, int max)
        {
            if (min == 0)
            {
                // Whatever the piece requires, it may be absent.
                return new Facts
                {
                    Exact = max == 1 && item.Exact is not null ? Union(item.Exact, NothingKnown) : null,
                    Blank = item.Blank,
                    ZeroWidth = item.ZeroWidth,
                };
            }

            var exact = min == max ? Power(item.Exact, min) : null;
            return new Facts
            {
                Exact = exact,
                Prefixes = item.Prefixes,
                Suffixes = item.Suffixes,
                EndSuffixes = item.EndSuffixes,
                Contained = Best(item.Contained, exact),
                StartAnchored = item.StartAnchored,
                EndAnchored = item.EndAnchored,
                ZeroWidth = item.ZeroWidth,
                Blank = item.Blank,
            };
        }

        private static string[]? Power(string[]? texts, int times)
        {
            var result = texts is null ? null : NothingKnown;
            for (var i = 0; i < times && result is not null; i++)
            {
                result = Product(result, texts!);
            }

            return result;
        }
    }

    /// <summary>Pieces one after another.</summary>
    private static Facts Concatenation(List<Facts> items)
    {
        var sequence = Facts.Empty();
        sequence.StartAnchored = false;
        var leading = true;
        var suffixesBefore = new string[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (leading)
            {
                sequence.StartAnchored |= item.StartAnchored;
                leading = item.ZeroWidth;
            }

            var exact = sequence.Exact is not null && item.Exact is not null ? Product(sequence.Exact, item.Exact) : null;
            var prefixes = sequence.Exact is null ? sequence.Prefixes : Product(sequence.Exact, item.Prefixes) ?? sequence.Exact;
            var suffixes = item.Exact is null ? item.Suffixes : Product(sequence.Suffixes, item.Exact) ?? item.Exact;
            var across = Product(sequence.Suffixes, item.Prefixes);
            sequence = new Facts
            {
                Exact = exact,
                Prefixes = prefixes,
                Suffixes = suffixes,
                Contained = Best(sequence.Contained, item.Contained, across, prefixes, suffixes, exact),
                StartAnchored = sequence.StartAnchored,
                ZeroWidth = sequence.ZeroWidth && item.ZeroWidth,
                Blank = sequence.Blank && item.Blank,
            };
            suffixesBefore[i] = suffixes;
        }

        // At the end: the last piece that is not white space or an assertion, and an end anchor after it or within it.
        var last = items.FindLastIndex(item => !item.ZeroWidth && !item.Blank);
        if (items.Skip(last + 1).Any(item => item.EndAnchored))
        {
            sequence.EndAnchored = true;
            sequence.EndSuffixes = last < 0 ? NothingKnown : Trimmed(suffixesBefore[last]);
        }
        else if (last >= 0 && items[last].EndAnchored)
        {
            sequence.EndAnchored = true;
            sequence.EndSuffixes = items[last].EndSuffixes;
        }

        return sequence;
    }

    /// <summary>One branch or another.</summary>
    private static Facts Either(List<Facts> branches)
    {
        string[] All(Func<Facts, string[]> texts) => branches.Skip(1).Aggregate(texts(branches[0]), (set, b) => Union(set, texts(b)));
        var exact = branches.All(b => b.Exact is not null) ? All(b => b.Exact!) : null;
        return new Facts
        {
            Exact = exact is { Length: <= MaxTexts } ? exact : null,
            Prefixes = Capped(All(b => b.Prefixes), (text, length) => text[..length]),
            Suffixes = Capped(All(b => b.Suffixes), (text, length) => text[^length..]),
            EndSuffixes = Capped(All(b => b.EndSuffixes), (text, length) => text[^length..]),
            Contained = Capped(All(b => b.Contained), (text, length) => text[..length]),
            StartAnchored = branches.All(b => b.StartAnchored),
            EndAnchored = branches.All(b => b.EndAnchored),
            ZeroWidth = branches.All(b => b.ZeroWidth),
            Blank = branches.All(b => b.Blank),
        };
    }

    /// <summary>
    /// A set too large to test is cut down: a shorter piece of each text, taken by <paramref name="piece"/> from the
    /// side the set is about, holds wherever the text does (a line that starts with "ankara" starts with "an"), and
    /// fewer distinct pieces may fit. The longest pieces that fit are kept; nothing, if even single characters do not.
    /// </summary>
    private static string[] Capped(string[] texts, Func<string, int, string> piece)
    {
        if (texts.Length <= MaxTexts)
        {
            return texts;
        }

        for (var length = texts.Max(text => text.Length) - 1; length > 0; length--)
        {
            var pieces = texts.Select(text => text.Length > length ? piece(text, length) : text).Distinct(StringComparer.Ordinal).ToArray();
            if (pieces.Length <= MaxTexts)
            {
                return pieces;
            }
        }

        return NothingKnown;
    }

    private static string[] Trimmed(string[] texts) => texts.Select(t => t.TrimEnd()).Distinct(StringComparer.Ordinal).ToArray();

    private static string[] Union(string[] a, string[] b) => a.Concat(b).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Every text of <paramref name="a"/> followed by every text of <paramref name="b"/>; null when there would be too many.</summary>
    private static string[]? Product(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxTexts)
        {
            return null;
        }

        return a.SelectMany(x => b.Select(y => x + y)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The set that narrows most: longest shortest text, then fewest texts.</summary>
    private static string[] Best(params string[]?[] candidates)
    {
        var best = NothingKnown;
        foreach (var candidate in candidates)
        {
            if (candidate is null || candidate.Length == 0)
            {
                continue;
            }

            var strength = Strength(candidate);
            var bestStrength = Strength(best);
            if (strength > bestStrength || (strength == bestStrength && strength > 0 && candidate.Length < best.Length))
            {
                best = candidate;
            }
        }

        return best;
    }
}
