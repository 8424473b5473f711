using System.Buffers;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>Every profile's domains: finds mentions inside any text and matches a page's host name.</summary>
internal sealed class OutletDomains
{
    private readonly (string Domain, int Profile)[] _domains;
    private readonly Dictionary<string, (string Domain, int Profile)> _byHost;
    private readonly SearchValues<string>? _any;

    public OutletDomains(IReadOnlyList<OutletProfile> profiles)
    {
        var domains = new List<(string, int)>();
        _byHost = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < profiles.Count; p++)
        {
            foreach (var domain in profiles[p].Domains)
            {
                var normalized = domain.Trim().TrimEnd('.').ToLowerInvariant();
                domains.Add((normalized, p));

                // Profiles come in id order: a domain listed twice belongs to the first, the same way on every run.
                _byHost.TryAdd(normalized, (normalized, p));
            }
        }

        _domains = domains.ToArray();
        _any = _domains.Length == 0 ? null : SearchValues.Create(_domains.Select(d => d.Domain).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Calls <paramref name="found"/> for each domain mentioned in the text as a whole host name (or the tail of one).</summary>
    public void FindMentions(ReadOnlySpan<char> text, Action<int, string> found)
    {
        if (_any is null)
        {
            return;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(_any);
            if (at < 0)
            {
                return;
            }

            at += offset;
            foreach (var (domain, profile) in _domains)
            {
                if (text[at..].StartsWith(domain, StringComparison.OrdinalIgnoreCase) && IsWholeHost(text, at, at + domain.Length))
                {
                    found(profile, domain);
                }
            }

            offset = at + 1;
        }
    }

    /// <summary>The profile whose domain is the host or a parent of it; the most specific domain wins.</summary>
    public bool TryMatchHost(string host, out int profile, out string domain)
    {
        var name = host.Trim().TrimEnd('.');
        var port = name.LastIndexOf(':');
        if (port > 0)
        {
            name = name[..port];
        }

        while (name.Length > 0)
        {
            if (_byHost.TryGetValue(name, out var hit))
            {
                (domain, profile) = hit;
                return true;
            }

            var dot = name.IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            name = name[(dot + 1)..];
        }

        profile = -1;
        domain = "";
        return false;
    }

    private static bool IsWholeHost(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && IsHostChar(text[start - 1]))
        {
            return false;
        }

        if (end == text.Length)
        {
            return true;
        }

        // "arabnews.com." ending a sentence is a mention; "arabnews.com.example" is another host.
        return text[end] == '.' ? end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1]) : !IsHostChar(text[end]);
    }

    private static bool IsHostChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
}
