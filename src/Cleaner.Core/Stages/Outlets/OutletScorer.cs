using Cleaner.Core.Model;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Turns matched signals into a verdict: confidence = 1 − Π(1 − wᵢ) per profile, best first (ties by id),
/// and an outlet only when the best reaches the configured minimum.
/// </summary>
internal static class OutletScorer
{
    public static (OutletInfo Outlet, IReadOnlyList<OutletScore> Scores) Rank(OutletSignalTable table, string?[] hits)
    {
        var scores = new List<OutletScore>();
        var best = -1;
        var bestConfidence = 0.0;
        for (var p = 0; p < table.Profiles.Length; p++)
        {
            var miss = 1.0;
            var any = false;
            foreach (var id in table.ProfileSignals[p])
            {
                if (hits[id] is not null)
                {
                    miss *= 1 - table.Signals[id].Weight;
                    any = true;
                }
            }

            if (!any)
            {
                continue;
            }

            var confidence = Math.Round(1 - miss, 3, MidpointRounding.AwayFromZero);
            scores.Add(new OutletScore(table.Profiles[p].Id, confidence));

            // Profiles are in id order, so keeping the first of equal confidences is the id tie-break.
            if (confidence > bestConfidence)
            {
                best = p;
                bestConfidence = confidence;
            }
        }

        scores.Sort((a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : string.CompareOrdinal(a.Id, b.Id));
        return (Verdict(table, hits, best, bestConfidence), scores);
    }

    private static OutletInfo Verdict(OutletSignalTable table, string?[] hits, int best, double confidence)
    {
        if (best < 0)
        {
            return OutletInfo.Unknown(0, []);
        }

        var evidence = Evidence(table, hits, best);
        if (confidence >= table.MinConfidence)
        {
            var profile = table.Profiles[best];
            return new OutletInfo(profile.Id, profile.Name, profile.Domains[0], confidence, evidence);
        }

        var closest = new List<string>(evidence.Count + 1) { $"closest: {table.Profiles[best].Id}, below the minimum {table.MinConfidence:0.###}" };
        closest.AddRange(evidence);
        return OutletInfo.Unknown(confidence, closest);
    }

    /// <summary>Strongest first, then in the order the profile lists its signals.</summary>
    private static IReadOnlyList<string> Evidence(OutletSignalTable table, string?[] hits, int profile) =>
        table.ProfileSignals[profile]
            .Where(id => hits[id] is not null)
            .Select(id => table.Signals[id])
            .OrderByDescending(s => s.Weight)
            .ThenBy(s => s.Id)
            .Select(s => s.Describe(hits[s.Id]!))
            .ToList();
}
