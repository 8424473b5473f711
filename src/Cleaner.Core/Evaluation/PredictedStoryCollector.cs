namespace Cleaner.Core.Evaluation;

/// <summary>
/// Gathers predicted stories per dump and refuses ambiguity: the same story number twice,
/// or a dump given both as story documents and as a gold-shaped file.
/// </summary>
internal sealed class PredictedStoryCollector
{
    private readonly Dictionary<string, SortedDictionary<int, (EvaluatedStory Story, string Origin)>> documentsByDump = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<EvaluatedStory> Stories, string Origin)> goldShapedByDump = new(StringComparer.Ordinal);
    private readonly List<string> dumpOrder = [];

    public void Add(ParsedStoryJson parsed, string origin)
    {
        switch (parsed)
        {
            case ParsedStoryDocument document:
                AddDocument(document, origin);
                break;
            case ParsedGoldFile gold:
                AddGoldShaped(gold, origin);
                break;
        }
    }

    public IReadOnlyList<StoryDump> ToDumps() =>
        dumpOrder.Select(dump => goldShapedByDump.TryGetValue(dump, out var gold)
                ? new StoryDump(dump, gold.Stories)
                : new StoryDump(dump, documentsByDump[dump].Values.Select(v => v.Story).ToList()))
            .ToList();

    private void AddDocument(ParsedStoryDocument document, string origin)
    {
        if (goldShapedByDump.TryGetValue(document.Dump, out var gold))
        {
            throw new EvaluationInputException(origin, $"stories of {document.Dump} are already given by {gold.Origin}");
        }

        if (!documentsByDump.TryGetValue(document.Dump, out var stories))
        {
            stories = [];
            documentsByDump[document.Dump] = stories;
            dumpOrder.Add(document.Dump);
        }

        if (stories.TryGetValue(document.StoryNumber, out var earlier))
        {
            throw new EvaluationInputException(
                origin, $"story {document.StoryNumber} of {document.Dump} is already given by {earlier.Origin}");
        }

        stories[document.StoryNumber] = (document.Story, origin);
    }

    private void AddGoldShaped(ParsedGoldFile gold, string origin)
    {
        if (goldShapedByDump.TryGetValue(gold.Dump, out var earlier))
        {
            throw new EvaluationInputException(origin, $"stories of {gold.Dump} are already given by {earlier.Origin}");
        }

        if (documentsByDump.TryGetValue(gold.Dump, out var documents))
        {
            throw new EvaluationInputException(
                origin, $"stories of {gold.Dump} are already given by {documents.Values.First().Origin}");
        }

        goldShapedByDump[gold.Dump] = (gold.Stories, origin);
        dumpOrder.Add(gold.Dump);
    }
}
