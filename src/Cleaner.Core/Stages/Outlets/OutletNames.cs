using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// The names an outlet goes by, normalized the way lines are compared (<see cref="LineText.Key"/>), with and
/// without a leading "the" so "Times of Israel staff" finds "The Times of Israel". The short form is only made
/// when it keeps two words or more: "The National" must not turn into every "National" menu entry.
/// </summary>
internal sealed class OutletNames
{
    /// <summary>Names this short ("AP", "DW") are only trusted as a whole line; inside a sentence they are too easily an ordinary word.</summary>
    public const int MinEmbeddedNameChars = 3;

    private readonly string[][] _embeddedForms;
    private readonly Dictionary<string, int> _creditNames;
    private readonly NameScanner _scanner;

    public OutletNames(IReadOnlyList<OutletProfile> profiles)
    {
        LineForms = new string[profiles.Count][];
        _embeddedForms = new string[profiles.Count][];
        _creditNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var scanned = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var p = 0; p < profiles.Count; p++)
        {
            var forms = FormsOf(profiles[p]);
            LineForms[p] = forms;
            _embeddedForms[p] = forms.Where(f => f.Length >= MinEmbeddedNameChars).ToArray();
            foreach (var form in _embeddedForms[p])
            {
                var kinds = NameKinds.Outlet | (profiles[p].Agency ? NameKinds.None : NameKinds.Credited);
                scanned[form] = (byte)(scanned.GetValueOrDefault(form) | (byte)kinds);
            }

            if (profiles[p].Agency)
            {
                continue;
            }

            foreach (var form in forms)
            {
                // Profiles are in id order, so a name two outlets share is credited to the first, the same way on every run.
                _creditNames.TryAdd(form, p);
            }
        }

        _scanner = new NameScanner(scanned.Select(e => (e.Key, e.Value)).ToList());
    }

    /// <summary>Per profile: every key a whole site-name line may have.</summary>
    public string[][] LineForms { get; }

    /// <summary>Cheap first test: could this line contain any outlet's name at all?</summary>
    public bool MayContainName(ReadOnlySpan<char> text) => _scanner.Finds(text, (byte)NameKinds.Outlet);

    /// <summary>Could this line name an outlet whose credit line decides a story (any but the wire services)?</summary>
    public bool MayContainCreditName(ReadOnlySpan<char> text) => _scanner.Finds(text, (byte)NameKinds.Credited);

    /// <summary>Both questions at once, in one pass over the line.</summary>
    public NameKinds Find(ReadOnlySpan<char> text) => (NameKinds)_scanner.FlagsIn(text, (byte)(NameKinds.Outlet | NameKinds.Credited));

    /// <summary>True when the line key holds one of the profile's names as whole words.</summary>
    public bool KeyNames(int profile, string lineKey)
    {
        foreach (var form in _embeddedForms[profile])
        {
            if (ContainsWord(lineKey, form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The profile a credited name belongs to; agencies are never found here.</summary>
    public bool TryFindCredited(string name, out int profile)
    {
        var key = LineText.Key(name).TrimEnd('.', ',', ';', ':');
        return _creditNames.TryGetValue(key, out profile)
            || (key.StartsWith("the ", StringComparison.Ordinal) && _creditNames.TryGetValue(key[4..], out profile));
    }

    private static string[] FormsOf(OutletProfile profile)
    {
        var forms = new List<string>();
        foreach (var name in profile.EvidenceNames)
        {
            var key = LineText.Key(name);
            forms.Add(key);
            if (key.StartsWith("the ", StringComparison.Ordinal) && key.IndexOf(' ', 4) > 0)
            {
                forms.Add(key[4..]);
            }
        }

        return forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What kinds of outlet name a line may hold.</summary>
[Flags]
internal enum NameKinds : byte
{
    None = 0,

    /// <summary>Any outlet's name.</summary>
    Outlet = 1,

    /// <summary>The name of an outlet whose credit line decides a story (any but the wire services).</summary>
    Credited = 2,
}
