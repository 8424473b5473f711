namespace Cleaner.Cli;

/// <summary>
/// Arguments of one command: positionals and <c>--name value</c> / <c>--flag</c> options. Options are declared
/// up front so a typo is an error, not a silently ignored word.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="args">The words after the command name.</param>
    /// <param name="valueOptions">Options that take a value (may repeat).</param>
    /// <param name="flagOptions">Options that take none.</param>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positionals = new List<string>();
        var parsed = new CommandLine(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            var (name, inline) = arg.Contains('=') ? (arg[..arg.IndexOf('=')], arg[(arg.IndexOf('=') + 1)..]) : (arg, null);
            if (flagOptions.Contains(name) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                if (!parsed._values.TryGetValue(name, out var list))
                {
                    parsed._values[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                throw new UsageException($"unknown option '{name}'");
            }
        }

        return parsed;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public bool Flag(string name) => _flags.Contains(name);

    public int? Int(string name, int min)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, out var value) && value >= min
            ? value
            : throw new UsageException($"{name} must be a whole number of at least {min} (got '{text}')");
    }

    public int? Int(string name, int min, int max)
    {
        var value = Int(name, min);
        return value is null || value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max} (got '{value}')");
    }
}

/// <summary>A mistake in how the command was called; printed with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
