using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Every signal of every profile, numbered once at start. Whole-line signals (signature lines, site-name lines,
/// "By &lt;name&gt;" bylines) share one dictionary, so a page line costs a single lookup whatever the number of outlets.
/// </summary>
internal sealed class OutletSignalTable
{
    private readonly List<OutletSignal> _signals = [];
    private readonly Dictionary<string, List<int>> _lineSignals = new(StringComparer.Ordinal);

    public OutletSignalTable(CleanerConfig config)
    {
        Profiles = config.Outlets.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        Names = new OutletNames(Profiles);
        Domains = new OutletDomains(Profiles);

        var detect = config.Settings.Detect;
        var patterns = new List<(string, int, string)>();
        CopyrightSignal = new int[Profiles.Length];
        DomainSignal = new int[Profiles.Length];
        var byProfile = new List<int>[Profiles.Length];
        for (var p = 0; p < Profiles.Length; p++)
        {
            var profile = Profiles[p];
            byProfile[p] = [];
            for (var i = 0; i < profile.Signatures.Count; i++)
            {
                var signature = profile.Signatures[i];
                var label = $"{signature.Kind} line";
                if (signature.Line is not null)
                {
                    AddLine(LineText.Key(signature.Line), Add(p, signature.Weight, label, signature.Line.Trim(), byProfile));
                }
                else
                {
                    patterns.Add((signature.Pattern!, Add(p, signature.Weight, label, null, byProfile), $"outlets/{profile.Id}.json: signatures[{i}]"));
                }
            }

            // A wire service's bare name line or "By <agency>" shows up on every outlet that runs its copy.
            if (!profile.Agency)
            {
                var siteName = Add(p, detect.SiteNameLineWeight, "site-name line", null, byProfile);
                var byline = Add(p, detect.OutletBylineWeight, "byline", null, byProfile);
                foreach (var form in Names.LineForms[p])
                {
                    AddLine(form, siteName);
                    AddLine("by " + form, byline);
                }
            }

            CopyrightSignal[p] = Add(p, detect.CopyrightWeight, "copyright line", null, byProfile);
            DomainSignal[p] = Add(p, detect.DomainMentionWeight, "domain mention", null, byProfile);
        }

        ProfileSignals = byProfile.Select(l => l.ToArray()).ToArray();
        LineSignals = _lineSignals.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray(), StringComparer.Ordinal);
        LongestLineKey = _lineSignals.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        Patterns = new PatternSignatures(patterns);
        MinConfidence = detect.MinConfidence;
    }

    /// <summary>Profiles in id order; every index in this class refers to this order.</summary>
    public OutletProfile[] Profiles { get; }

    public IReadOnlyList<OutletSignal> Signals => _signals;

    /// <summary>Per profile: the ids of its signals.</summary>
    public int[][] ProfileSignals { get; }

    public IReadOnlyDictionary<string, int[]> LineSignals { get; }

    /// <summary>Length of the longest whole-line key; no longer line can match one.</summary>
    public int LongestLineKey { get; }

    public PatternSignatures Patterns { get; }

    public OutletNames Names { get; }

    public OutletDomains Domains { get; }

    public int[] CopyrightSignal { get; }

    public int[] DomainSignal { get; }

    public double MinConfidence { get; }

    private int Add(int profile, double weight, string label, string? fixedText, List<int>[] byProfile)
    {
        var id = _signals.Count;
        _signals.Add(new OutletSignal(id, profile, weight, label, fixedText));
        byProfile[profile].Add(id);
        return id;
    }

    private void AddLine(string key, int signal)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_lineSignals.TryGetValue(key, out var ids))
        {
            _lineSignals[key] = ids = [];
        }

        ids.Add(signal);
    }
}
