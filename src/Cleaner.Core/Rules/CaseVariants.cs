namespace Cleaner.Core.Rules;

/// <summary>
/// Which characters differ from one another only by case, worked out once for every character: tables keyed by a
/// line's first or last character must answer for every case of their keys.
/// </summary>
internal static class CaseVariants
{
    private static readonly char[] AllChars = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray();
    private static readonly ILookup<char, char> ByUpperCase = AllChars.ToLookup(char.ToUpperInvariant);
    private static readonly ILookup<char, char> ByLowerCase = AllChars.ToLookup(char.ToLowerInvariant);

    /// <summary>Every character whose invariant upper case is that of one of <paramref name="chars"/>.</summary>
    public static char[] SharingUpperCase(IEnumerable<char> chars) =>
        chars.Select(char.ToUpperInvariant).Distinct().SelectMany(upper => ByUpperCase[upper]).Distinct().ToArray();

    /// <summary>Every character whose invariant lower case is <paramref name="lower"/>.</summary>
    public static IEnumerable<char> WithLowerCase(char lower) => ByLowerCase[lower];
}
