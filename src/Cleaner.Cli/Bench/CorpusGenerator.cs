using System.Text;

namespace Cleaner.Cli.Bench;

/// <summary>
/// Writes a benchmark corpus of realistic dumps: the bundled seed dumps, each copy varied (paragraph order
/// within stories, numbers, a serial in every headline) so no two files or stories are identical and the
/// pipeline does its full work on each. In HTML form, each varied dump becomes a page the way news sites
/// build them: head metadata and JSON-LD, scripts and styles, navigation, the article with a figure and a
/// share bar, related and most-read boxes, a footer. Deterministic for a given seed.
/// </summary>
public sealed class CorpusGenerator(int seed = 42, bool html = false)
{
    public static IReadOnlyList<string> SeedDumps()
    {
        var assembly = typeof(CorpusGenerator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("bench-seeds/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return reader.ReadToEnd();
            })
            .ToList();
    }

    /// <returns>Files written and bytes written.</returns>
    public (int Files, long Bytes) Write(string folder, long targetBytes)
    {
        var seeds = SeedDumps();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("no seed dumps are embedded in this build");
        }

        var random = new Random(seed);
        long bytes = 0;
        var files = 0;
        while (bytes < targetBytes)
        {
            var text = Vary(seeds[files % seeds.Count], files, random);
            var subfolder = Path.Combine(folder, $"batch-{files / 1000:D4}");
            Directory.CreateDirectory(subfolder);
            var data = Encoding.UTF8.GetBytes(html ? HtmlPage.Render(text, files) : text);
            File.WriteAllBytes(Path.Combine(subfolder, html ? $"page-{files:D6}.html" : $"dump-{files:D6}.txt"), data);
            bytes += data.Length;
            files++;
        }

        return (files, bytes);
    }

    private static string Vary(string dump, int serial, Random random)
    {
        var lines = dump.Split('\n');
        var builder = new StringBuilder(dump.Length + 256);
        var i = 0;
        while (i < lines.Length)
        {
            // Swap neighbouring long paragraphs now and then: same shape of page, different text.
            if (i + 2 < lines.Length && lines[i].Length > 200 && lines[i + 2].Length > 200 && random.Next(4) == 0)
            {
                builder.Append(Renumber(lines[i + 2], random)).Append('\n').Append(lines[i + 1]).Append('\n').Append(Renumber(lines[i], random)).Append('\n');
                i += 3;
                continue;
            }

            var line = lines[i];
            builder.Append(line.Length is > 20 and < 160 && !line.TrimEnd().EndsWith('.') ? $"{line.TrimEnd()} {serial}" : Renumber(line, random));
            builder.Append('\n');
            i++;
        }

        return builder.ToString();
    }

    private static string Renumber(string line, Random random)
    {
        if (line.Length < 80 || random.Next(3) != 0)
        {
            return line;
        }

        var chars = line.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (char.IsAsciiDigit(chars[k]))
            {
                chars[k] = (char)('0' + random.Next(10));
            }
        }

        return new string(chars);
    }
}
