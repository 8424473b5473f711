using Cleaner.Core.Model;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// What one dump's lines say about its publisher, computed once and shared by all its stories:
/// the page-level verdict and every profile that collected any evidence.
/// </summary>
public sealed class PageSignals
{
    internal PageSignals(OutletSignalTable table, OutletInfo outlet, IReadOnlyList<OutletScore> scores, IReadOnlyList<(int Line, string Text)> creditCandidates)
    {
        Table = table;
        Outlet = outlet;
        Scores = scores;
        CreditCandidates = creditCandidates;
    }

    /// <summary>The outlet the page's own lines point to (or unknown), before any story-level credit or host.</summary>
    public OutletInfo Outlet { get; }

    /// <summary>Profiles with at least one matched signal, best first.</summary>
    public IReadOnlyList<OutletScore> Scores { get; }

    internal OutletSignalTable Table { get; }

    /// <summary>The page's lines that may credit an outlet (short, naming one whose credit counts), trimmed, in page order.</summary>
    internal IReadOnlyList<(int Line, string Text)> CreditCandidates { get; }
}

/// <summary>One profile's confidence on a page.</summary>
public sealed record OutletScore(string Id, double Confidence);
