namespace Cleaner.Core.Evaluation;

/// <summary>Reads a folder of gold files (<c>{ "source": ..., "stories": [...] }</c>), one dump per file.</summary>
public static class GoldReader
{
    public static IReadOnlyList<StoryDump> Read(string folder)
    {
        var dumps = new List<StoryDump>();
        var fileByDump = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in EvaluationFiles.Find(folder, ".json"))
        {
            if (EvaluationJson.Parse(File.ReadAllText(path), path) is not ParsedGoldFile gold)
            {
                throw new EvaluationInputException(path, "a gold folder holds gold files only, but this is a story document");
            }

            if (fileByDump.TryGetValue(gold.Dump, out var earlier))
            {
                throw new EvaluationInputException(path, $"gold for {gold.Dump} is already given by {earlier}");
            }

            fileByDump[gold.Dump] = path;
            dumps.Add(new StoryDump(gold.Dump, gold.Stories));
        }

        return dumps.Count > 0
            ? dumps
            : throw new EvaluationInputException(folder, "no gold files (*.json) found");
    }
}
