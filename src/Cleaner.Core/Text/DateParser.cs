using System.Globalization;
using System.Text.RegularExpressions;

namespace Cleaner.Core.Text;

/// <summary>
/// Reads the date forms news pages print ("26 March 2025", "April 16, 2025", "7 May 2023 16:52",
/// "2025-03-24T10:00:00Z", "Wed, Apr 16, 2025 4:30 PM") into ISO 8601 at the precision the page gave:
/// a date alone stays a date, a time without zone stays local, seconds only when printed.
/// Relative forms ("15 min 13 sec ago") resolve only against an explicit reference time.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] MonthNames =
        Enumerable.Range(1, 12).Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?(?<z>Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoForm();

    // "26 March 2025", "04 Apr. 2025 16:52", "7 May 2023, 4:52 pm"
    [GeneratedRegex(@"^(?:(?<wd>[A-Za-z]{3,9})\.?,?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})(?<time>.*)$")]
    private static partial Regex DayMonthYear();

    // "April 16, 2025", "Wednesday, April 16, 2025 4:30 PM ET", "Apr. 16 2025"
    [GeneratedRegex(@"^(?:(?<wd>[A-Za-z]{3,9})\.?,?\s+)?(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?<y>\d{4})(?<time>.*)$")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^[\s,|@-]*(?:at\s+|@\s*)?(?<H>\d{1,2})[:.](?<M>\d{2})(?::(?<S>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<zone>GMT[+-]\d{1,2}(?::?\d{2})?|UTC[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5}\b)?.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePart();

    [GeneratedRegex(@"^(?:about\s+|around\s+)?(?<parts>(?:\d+\s*(?:sec|secs|second|seconds|s|min|mins|minute|minutes|m|hr|hrs|hour|hours|h|day|days|d|week|weeks|w)\s*)+)ago$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeForm();

    [GeneratedRegex(@"(?<n>\d+)\s*(?<u>[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePart();

    /// <summary>True when the text is a relative time such as "15 min ago".</summary>
    public static bool IsRelative(string text) => MayBeRelative(text.AsSpan().Trim()) && RelativeForm().IsMatch(text.Trim());

    // Most lines tested are not dates: the text every form requires rules them out before any regex runs.
    private static bool MayBeRelative(ReadOnlySpan<char> value) => value.EndsWith("ago", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every absolute form has a four-digit year.</summary>
    private static bool HasYear(ReadOnlySpan<char> value)
    {
        var run = 0;
        foreach (var c in value)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses an absolute or relative date; null when the text is not one, or is relative with no reference.</summary>
    public static string? Parse(string text, DateTimeOffset? reference = null)
    {
        var value = text.Trim().TrimEnd('.', ',', '|').Trim();
        if (value.Length is < 6 or > 80)
        {
            return value.Length is >= 5 and <= 80 ? ParseRelative(value, reference) : null;
        }

        if (!HasYear(value))
        {
            return ParseRelative(value, reference);
        }

        return ParseIso(value) ?? ParseWritten(value) ?? ParseRelative(value, reference);
    }

    private static string? ParseIso(string value)
    {
        if (!char.IsAsciiDigit(value[0]))
        {
            return null;
        }

        var m = IsoForm().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var (y, mo, d) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
        if (!ValidDate(y, mo, d))
        {
            return null;
        }

        var date = $"{y:D4}-{mo:D2}-{d:D2}";
        if (!m.Groups["H"].Success)
        {
            return date;
        }

        var time = $"{Int(m, "H"):D2}:{Int(m, "M"):D2}" + (m.Groups["S"].Success ? $":{Int(m, "S"):D2}" : "");
        return $"{date}T{time}{Zone(m.Groups["z"].Value)}";
    }

    private static string? ParseWritten(string value)
    {
        if (!NamesAMonth(value))
        {
            return null;
        }

        var m = DayMonthYear().Match(value);
        if (!m.Success)
        {
            m = MonthDayYear().Match(value);
        }

        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not { } month)
        {
            return null;
        }

        var (y, d) = (Int(m, "y"), Int(m, "d"));
        if (!ValidDate(y, month, d))
        {
            return null;
        }

        // A weekday that does not fall on the date means the line is not the date it seems (or is garbled).
        if (m.Groups["wd"].Success && Weekday(m.Groups["wd"].Value) != new DateOnly(y, month, d).DayOfWeek)
        {
            return null;
        }

        var date = $"{y:D4}-{month:D2}-{d:D2}";
        var rest = m.Groups["time"].Value.Trim();
        if (rest.Length == 0)
        {
            return date;
        }

        var t = TimePart().Match(rest);
        if (!t.Success)
        {
            // Trailing words that are not a time ("26 March 2025 Reuters") still leave a usable date.
            return rest.Any(char.IsDigit) ? null : date;
        }

        var hour = Int(t, "H");
        var ampm = t.Groups["ampm"].Value.ToLowerInvariant();
        if (ampm.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (ampm.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || Int(t, "M") > 59)
        {
            return date;
        }

        var seconds = t.Groups["S"].Success ? $":{Int(t, "S"):D2}" : "";
        return $"{date}T{hour:D2}:{Int(t, "M"):D2}{seconds}{Zone(t.Groups["zone"].Value)}";
    }

    private static string? ParseRelative(string value, DateTimeOffset? reference)
    {
        if (!MayBeRelative(value))
        {
            return null;
        }

        var m = RelativeForm().Match(value);
        if (!m.Success || reference is not { } now)
        {
            return null;
        }

        var span = TimeSpan.Zero;
        foreach (Match part in RelativePart().Matches(m.Groups["parts"].Value))
        {
            var n = int.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            span += part.Groups["u"].Value.ToLowerInvariant() switch
            {
                var u when u.StartsWith("s", StringComparison.Ordinal) => TimeSpan.FromSeconds(n),
                var u when u.StartsWith("mi", StringComparison.Ordinal) || u == "m" => TimeSpan.FromMinutes(n),
                var u when u.StartsWith("h", StringComparison.Ordinal) => TimeSpan.FromHours(n),
                var u when u.StartsWith("d", StringComparison.Ordinal) => TimeSpan.FromDays(n),
                _ => TimeSpan.FromDays(7 * n),
            };
        }

        return (now - span).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    // Zone abbreviations news pages print, with their fixed offsets. Ambiguous ones (AST, ET without
    // daylight information) are left out: no offset is better than a wrong one.
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.Ordinal)
    {
        ["Z"] = "Z", ["UTC"] = "Z", ["GMT"] = "Z",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["MSK"] = "+03:00", ["IST"] = "+05:30", ["PKT"] = "+05:00", ["SGT"] = "+08:00", ["HKT"] = "+08:00",
        ["JST"] = "+09:00", ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
        ["WAT"] = "+01:00", ["CAT"] = "+02:00", ["EAT"] = "+03:00", ["SAST"] = "+02:00", ["GST"] = "+04:00",
    };

    private static string Zone(string zone)
    {
        var z = zone.ToUpperInvariant();
        if (z.Length == 0)
        {
            return "";
        }

        if (ZoneOffsets.TryGetValue(z, out var offset))
        {
            return offset;
        }

        if ((z.StartsWith("GMT", StringComparison.Ordinal) || z.StartsWith("UTC", StringComparison.Ordinal)) && z.Length > 3)
        {
            return OffsetFromGmt(z[3..]);
        }

        if (z[0] is '+' or '-')
        {
            return z.Length == 5 ? $"{z[..3]}:{z[3..]}" : z;
        }

        return "";
    }

    private static string OffsetFromGmt(string offset)
    {
        var sign = offset[0];
        var parts = offset[1..].Split(':');
        var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minutes = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        return $"{sign}{hours:D2}:{minutes:D2}";
    }

    /// <summary>
    /// Both written forms name the month in a word of ASCII letters of its own, at the start or after white space:
    /// a line without one (a headline ending in a number, a word that merely starts like a month) is neither.
    /// </summary>
    private static bool NamesAMonth(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]) || (i > 0 && !char.IsWhiteSpace(value[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < value.Length && char.IsAsciiLetter(value[end]))
            {
                end++;
            }

            if (MonthNumber(value[i..end]) is not null)
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    private static int? MonthNumber(ReadOnlySpan<char> name)
    {
        // No month is written in fewer than three letters or more than nine ("september").
        if (name.Length is < 3 or > 9)
        {
            return null;
        }

        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        var index = 0;
        while (index < Months.Length && !lower[..3].SequenceEqual(Months[index]))
        {
            index++;
        }

        if (index == Months.Length)
        {
            return null;
        }

        // Accept "Sept" and full names, reject words that merely start like a month ("Marching").
        return lower.Length == 3 || MonthNames[index].AsSpan().StartsWith(lower) || lower.SequenceEqual("sept") ? index + 1 : null;
    }

    /// <summary>The weekday a name or abbreviation of three letters or more stands for ("Tue", "Thurs", "Monday").</summary>
    private static DayOfWeek? Weekday(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)i;
            }
        }

        return null;
    }

    private static bool ValidDate(int y, int m, int d) =>
        y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
