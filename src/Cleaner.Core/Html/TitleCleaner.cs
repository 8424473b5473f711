using Cleaner.Core.Text;

namespace Cleaner.Core.Html;

/// <summary>
/// Removes the site name from a page title ("Headline | Site", "Site - Headline") when the removed part names the site,
/// and otherwise only when a heading on the page confirms what the headline is.
/// </summary>
internal sealed class TitleCleaner(IReadOnlyList<string> separators)
{
    public string Clean(string title, string? siteName, string? host, IReadOnlyList<string> headings)
    {
        foreach (var separator in separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + separator.Length)..].Trim();
                if (NamesSite(tail, siteName, host) && head.Length > 0)
                {
                    return Clean(head, siteName, host, headings);
                }
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first].Trim();
                var tail = title[(first + separator.Length)..].Trim();
                if (NamesSite(head, siteName, host) && tail.Length > 0 && !NamesSite(tail, siteName, host))
                {
                    return Clean(tail, siteName, host, headings);
                }
            }
        }

        // No site name to compare with: trust a heading that equals one side of the title.
        var key = Key(title);
        foreach (var heading in headings)
        {
            var headingKey = Key(heading);
            if (headingKey.Length > 0 && headingKey != key && key.StartsWith(headingKey, StringComparison.Ordinal) && LineText.CountWords(heading) >= 2)
            {
                foreach (var separator in separators)
                {
                    var cut = title.IndexOf(separator, StringComparison.Ordinal);
                    if (cut > 0 && Key(title[..cut]) == headingKey)
                    {
                        return title[..cut].Trim();
                    }
                }

                return heading.TrimEnd('¶', '#', ' ');
            }
        }

        return title;
    }

    public static bool NamesSite(string part, string? siteName, string? host)
    {
        var key = Key(part);
        if (key.Length == 0)
        {
            return false;
        }

        if (siteName is not null && (Key(siteName) == key || (key.Length >= 4 && Key(siteName).Contains(key, StringComparison.Ordinal))
                                      || (Key(siteName).Length >= 4 && key.Contains(Key(siteName), StringComparison.Ordinal) && LineText.CountWords(part) <= 6)))
        {
            return true;
        }

        if (host is not null)
        {
            var hostKey = Key(host.Split('.')[0]);
            var domainKey = Key(host);
            return key == domainKey || (hostKey.Length >= 3 && key == hostKey) || (hostKey.Length >= 4 && key.Replace("the", "") == hostKey.Replace("the", ""));
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> has the key <paramref name="key"/>, found without building its key.</summary>
    public static bool HasKey(string text, string key)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (at == key.Length || key[at] != char.ToLowerInvariant(c))
            {
                return false;
            }

            at++;
        }

        return at == key.Length;
    }

    /// <summary>Letters and digits only, lowercased: "The Guardian" and "theguardian" compare equal.</summary>
    public static string Key(string text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
