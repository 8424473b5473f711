namespace Cleaner.Core.Evaluation;

/// <summary>
/// Reads predicted stories from a folder tree: story documents (<c>*.json</c>), JSON Lines of story
/// documents (<c>*.jsonl</c>), or gold-shaped files. Story documents are grouped by the file name of
/// their source and ordered by story number. Folders starting with '_' are skipped.
/// </summary>
public static class PredictionReader
{
    public static IReadOnlyList<StoryDump> Read(string folder)
    {
        var collector = new PredictedStoryCollector();
        foreach (var path in EvaluationFiles.Find(folder, ".json", ".jsonl"))
        {
            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                ReadJsonLines(path, collector);
            }
            else
            {
                collector.Add(EvaluationJson.Parse(File.ReadAllText(path), path), path);
            }
        }

        return collector.ToDumps();
    }

    private static void ReadJsonLines(string path, PredictedStoryCollector collector)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{path} line {lineNumber}";
            if (EvaluationJson.Parse(line, origin) is not ParsedStoryDocument document)
            {
                throw new EvaluationInputException(origin, "a .jsonl file holds one story document per line, but this line is a gold file");
            }

            collector.Add(document, origin);
        }
    }
}
