using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>Every profile's domains: finds mentions inside any text and matches a page's host name.</summary>
internal sealed class OutletDomains
{
    private readonly Dictionary<string, (string Domain, int Profile)>.AlternateLookup<ReadOnlySpan<char>> _byHost;

    public OutletDomains(IReadOnlyList<OutletProfile> profiles)
    {
        var byHost = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < profiles.Count; p++)
        {
            foreach (var domain in profiles[p].Domains)
            {
                var normalized = domain.Trim().TrimEnd('.').ToLowerInvariant();

                // Profiles come in id order: a domain listed twice belongs to the first, the same way on every run.
                byHost.TryAdd(normalized, (normalized, p));
            }
        }

        _byHost = byHost.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Calls <paramref name="found"/> for each host name in the text that is an outlet domain or under one.
    /// Host names are found from their dots: a dot between two host characters starts a look at the whole token,
    /// which costs almost nothing in prose, where dots end sentences.
    /// </summary>
    public void FindMentions(ReadOnlySpan<char> text, Action<int, string> found)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = NextDot(text, dot))
        {
            if (dot == 0 || dot + 1 >= text.Length || !IsHostChar(text[dot - 1]) || !char.IsAsciiLetterOrDigit(text[dot + 1]))
            {
                continue;
            }

            var start = dot;
            while (start > 0 && (IsHostChar(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            var end = dot + 1;
            while (end < text.Length && (IsHostChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && IsHostChar(text[end + 1]))))
            {
                end++;
            }

            var host = text[start..end].TrimStart('.');
            if (TryMatch(host, out var profile, out var domain))
            {
                found(profile, domain);
            }

            dot = end - 1;
        }
    }

    /// <summary>The profile whose domain is the host or a parent of it; the most specific domain wins.</summary>
    public bool TryMatchHost(string host, out int profile, out string domain)
    {
        var name = host.AsSpan().Trim().TrimEnd('.');
        var port = name.LastIndexOf(':');
        if (port > 0)
        {
            name = name[..port];
        }

        return TryMatch(name, out profile, out domain);
    }

    private bool TryMatch(ReadOnlySpan<char> host, out int profile, out string domain)
    {
        while (host.Length > 0)
        {
            if (_byHost.TryGetValue(host, out var hit))
            {
                (domain, profile) = hit;
                return true;
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            host = host[(dot + 1)..];
        }

        profile = -1;
        domain = "";
        return false;
    }

    private static int NextDot(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOf('.');
        return next < 0 ? -1 : after + 1 + next;
    }

    private static bool IsHostChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
}
