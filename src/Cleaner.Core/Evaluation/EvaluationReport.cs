using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleaner.Core.Evaluation;

public enum StoryOutcome
{
    /// <summary>Gold story paired with a predicted story.</summary>
    Matched,

    /// <summary>Gold story with no predicted counterpart.</summary>
    Missing,

    /// <summary>Predicted story with no gold counterpart.</summary>
    Extra,
}

/// <summary>
/// One row of the report. Story numbers are 1-based positions in their dump (null on the side that has no story);
/// the title is gold's, or the prediction's for an extra story. Fields are compared for matched stories only.
/// </summary>
public sealed record StoryResult(
    string Dump,
    int? GoldStory,
    int? PredictedStory,
    string Title,
    StoryOutcome Outcome,
    ShingleScore Score,
    IReadOnlyList<string> MismatchedFields);

public sealed record DumpResult(string Dump, int GoldStories, int PredictedStories, int Missing, int Extra)
{
    public bool StoryCountMatches => GoldStories == PredictedStories;
}

/// <summary>How often a field agreed exactly, over matched stories.</summary>
public sealed record FieldExactRate(string Field, int Exact, int Compared)
{
    /// <summary>Share of matched stories with this field exact; 0 when nothing was compared.</summary>
    public double Rate => Compared == 0 ? 0 : (double)Exact / Compared;
}

/// <summary>
/// Totals over every gold dump. Precision, recall and F1 follow the benchmark's averaging
/// (see <see cref="ShingleAverages"/>) over gold stories and extra predicted stories: a missing story
/// counts towards recall only, an extra one towards precision only.
/// <see cref="MinStoryF1"/> is the lowest text F1 of any gold story (null when gold has no stories).
/// </summary>
public sealed record OverallResult(
    int Dumps,
    int GoldStories,
    int PredictedStories,
    int MatchedStories,
    int MissingStories,
    int ExtraStories,
    double Precision,
    double Recall,
    double F1,
    double StoryCountExactRate,
    IReadOnlyList<FieldExactRate> FieldExactRates,
    double? MinStoryF1)
{
    /// <summary>The exact-match rate of one of <see cref="StoryFields.All"/>.</summary>
    public double FieldRate(string field) => FieldExactRates.Single(rate => rate.Field == field).Rate;
}

/// <summary>
/// Result of comparing predictions with gold. Dumps that appear only in the predictions are not scored;
/// they are listed in <see cref="DumpsNotInGold"/>.
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<StoryResult> Stories,
    IReadOnlyList<DumpResult> Dumps,
    OverallResult Overall,
    IReadOnlyList<string> DumpsNotInGold)
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    public string FormatTable() => EvaluationTable.Format(this);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Titles are read by people; keep non-ASCII letters and quotes as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
