using System.Text;
using Serilog;

namespace Cleaner.Core.Incremental;

/// <summary>
/// The append-only journal, <c>_state/journal.jsonl</c>: one JSON line per change, written whole and flushed.
/// Not thread-safe; <see cref="StateStore"/> serializes access.
/// </summary>
internal sealed class StateJournal : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private readonly FileStream _stream;
    private readonly bool _flushToDisk;

    // The end of the last line known to be complete. A failed append (disk full) is cut back to it, so the next
    // line does not get glued to a fragment and lost with it.
    private long _committedLength;

    private StateJournal(FileStream stream, bool flushToDisk)
    {
        _stream = stream;
        _flushToDisk = flushToDisk;
        _committedLength = stream.Length;
    }

    /// <summary>
    /// Opens (or creates) the journal and returns its entries in order. A damaged last line — the write a power
    /// loss or kill cut short — is dropped from the file with a warning; a damaged line elsewhere is skipped with a
    /// warning (its input will simply be processed again).
    /// </summary>
    public static StateJournal Open(string path, bool flushToDisk, ILogger log, out List<JournalEntry> entries)
    {
        // FileShare.Read: readers may look; keeping other writers out is the output lock's job.
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.None);
        try
        {
            entries = Replay(stream, path, log);
            stream.Seek(0, SeekOrigin.End);
            return new StateJournal(stream, flushToDisk);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Append(JournalEntry entry)
    {
        var bytes = Utf8NoBom.GetBytes(StateJson.ToLine(entry) + "\n");
        try
        {
            _stream.Write(bytes);
            _stream.Flush(_flushToDisk);
            _committedLength += bytes.Length;
        }
        catch
        {
            TryCutBack();
            throw;
        }
    }

    /// <summary>Empties the journal once a snapshot holds everything it said.</summary>
    public void Truncate()
    {
        _stream.SetLength(0);
        _stream.Flush(_flushToDisk);
        _committedLength = 0;
    }

    public void Dispose() => _stream.Dispose();

    private void TryCutBack()
    {
        try
        {
            _stream.SetLength(_committedLength);
            _stream.Seek(_committedLength, SeekOrigin.Begin);
        }
        catch (IOException)
        {
            // Still failing; replay skips the fragment as a damaged line next time.
        }
    }

    private static List<JournalEntry> Replay(FileStream stream, string path, ILogger log)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var entries = new List<JournalEntry>();
        var start = 0;
        var lineNumber = 0;
        while (start < bytes.Length)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', start);
            lineNumber++;
            if (newline < 0)
            {
                ReplayLastLineWithoutNewline(stream, bytes, start, path, lineNumber, log, entries);
                break;
            }

            var text = DecodeLine(bytes, start, newline - start);
            if (text.Length > 0)
            {
                if (StateJson.ParseLine(text) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    log.Warning("State journal {Journal}: line {Line} is damaged and was skipped; the input it recorded will be processed again", path, lineNumber);
                }
            }

            start = newline + 1;
        }

        return entries;
    }

    private static void ReplayLastLineWithoutNewline(FileStream stream, byte[] bytes, int start, string path, int lineNumber, ILogger log, List<JournalEntry> entries)
    {
        var text = DecodeLine(bytes, start, bytes.Length - start);
        if (text.Length > 0 && StateJson.ParseLine(text) is { } entry)
        {
            // Whole but for its newline: keep it, and end it so the next append starts a line of its own.
            entries.Add(entry);
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte((byte)'\n');
            stream.Flush();
            return;
        }

        if (text.Length > 0)
        {
            log.Warning("State journal {Journal}: the last line ({Bytes} bytes) was cut short, probably by a power loss or a killed run, and was ignored; the input it recorded will be processed again",
                path, bytes.Length - start);
        }

        stream.SetLength(start);
        stream.Flush();
    }

    // A power loss can leave the file extended with zero bytes that were never written; they are not text.
    private static string DecodeLine(byte[] bytes, int start, int length) =>
        Encoding.UTF8.GetString(bytes, start, length).Trim().Trim('\0');
}
