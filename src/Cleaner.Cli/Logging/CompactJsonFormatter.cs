using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Json;
using Serilog.Parsing;

namespace Cleaner.Cli.Logging;

/// <summary>
/// One JSON object per line in the "compact" (CLEF) shape that log tools read: <c>@t</c> UTC timestamp,
/// <c>@l</c> level (left out for Information), <c>@mt</c> the template, <c>@m</c> the rendered message,
/// <c>@x</c> the exception, <c>@tr</c>/<c>@sp</c> trace and span ids when present, then the properties by name
/// (a leading '@' doubled so it cannot pass for one of the above).
/// </summary>
public sealed class CompactJsonFormatter : ITextFormatter
{
    private readonly JsonValueFormatter _values = new(typeTagName: "$type");

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);

        output.Write("{\"@t\":\"");
        output.Write(logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        output.Write("\",\"@mt\":");
        JsonValueFormatter.WriteQuotedJsonString(logEvent.MessageTemplate.Text, output);
        output.Write(",\"@m\":");
        JsonValueFormatter.WriteQuotedJsonString(Render(logEvent), output);

        if (logEvent.Level != LogEventLevel.Information)
        {
            output.Write(",\"@l\":\"");
            output.Write(logEvent.Level.ToString());
            output.Write('"');
        }

        if (logEvent.Exception is not null)
        {
            output.Write(",\"@x\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
        }

        if (logEvent.TraceId is { } trace)
        {
            output.Write(",\"@tr\":\"");
            output.Write(trace.ToHexString());
            output.Write('"');
        }

        if (logEvent.SpanId is { } span)
        {
            output.Write(",\"@sp\":\"");
            output.Write(span.ToHexString());
            output.Write('"');
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            output.Write(',');
            JsonValueFormatter.WriteQuotedJsonString(name.StartsWith('@') ? "@" + name : name, output);
            output.Write(':');
            _values.Format(value, output);
        }

        output.Write("}\n");
    }

    /// <summary>
    /// The message as a person reads it: strings appear as they are, not in quotes (what the console's
    /// <c>{Message:lj}</c> does); everything else renders with its format, invariant culture.
    /// </summary>
    private static string Render(LogEvent logEvent)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property
                && logEvent.Properties.TryGetValue(property.PropertyName, out var value)
                && value is ScalarValue { Value: string text })
            {
                output.Write(Align(text, property.Alignment));
            }
            else
            {
                token.Render(logEvent.Properties, output, CultureInfo.InvariantCulture);
            }
        }

        return output.ToString();
    }

    private static string Align(string text, Alignment? alignment) => alignment switch
    {
        null => text,
        { Direction: AlignmentDirection.Left } a => text.PadRight(a.Width),
        { } a => text.PadLeft(a.Width),
    };
}
