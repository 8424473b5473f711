using System.Text.Json;
using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Serilog;

namespace Cleaner.Core.Incremental;

/// <summary>
/// What earlier runs into this output folder did, kept under <c>&lt;out&gt;/_state/</c>: every finished input (its
/// size, last-write time, SHA-256 and the story files it produced) and the rules hash.
/// <para>
/// Crash-safe by construction: changes are appended to <c>journal.jsonl</c> one whole line at a time (flushed),
/// and replayed on open over <c>state.json</c>, the snapshot that <see cref="Compact"/> writes atomically before
/// it empties the journal. Whatever the moment a run dies, the next one sees every change whose line was
/// completely written, and nothing else.
/// </para>
/// Thread-safe. One run at a time per output folder: hold an <see cref="OutputLock"/> while the store is open.
/// </summary>
public sealed class StateStore : IDisposable
{
    public const string FolderName = "_state";
    public const string SnapshotFileName = "state.json";
    public const string JournalFileName = "journal.jsonl";

    private readonly object _gate = new();
    private readonly Dictionary<string, InputState> _inputs;
    private readonly StateJournal _journal;
    private readonly string _outRoot;
    private readonly string _snapshotPath;
    private readonly bool _flushToDisk;
    private string? _configHash;
    private bool _disposed;

    private StateStore(string outRoot, Dictionary<string, InputState> inputs, string? configHash, StateJournal journal, string snapshotPath, bool flushToDisk)
    {
        _outRoot = outRoot;
        _inputs = inputs;
        _configHash = configHash;
        _journal = journal;
        _snapshotPath = snapshotPath;
        _flushToDisk = flushToDisk;
    }

    /// <param name="outRoot">The output folder; the state lives in its <c>_state/</c> subfolder.</param>
    /// <param name="log">Receives warnings about damaged state that was skipped.</param>
    /// <param name="flushToDisk">
    /// Flush every journal line and the snapshot to the disk, not only to the OS, so a power loss keeps them.
    /// Worth it only when story files are flushed too; otherwise the journal could outlive the stories it names.
    /// </param>
    public static StateStore Open(string outRoot, ILogger log, bool flushToDisk = true)
    {
        var root = Path.GetFullPath(outRoot);
        var folder = Path.Combine(root, FolderName);
        Directory.CreateDirectory(folder);
        var snapshotPath = Path.Combine(folder, SnapshotFileName);
        var (inputs, configHash) = LoadSnapshot(snapshotPath, log);

        var journal = StateJournal.Open(Path.Combine(folder, JournalFileName), flushToDisk, log, out var entries);
        foreach (var entry in entries)
        {
            configHash = Apply(entry, inputs, configHash, log);
        }

        return new StateStore(root, inputs, configHash, journal, snapshotPath, flushToDisk);
    }

    /// <summary>The rules hash of the current run (or of the last run, until <see cref="SetConfigHash"/>).</summary>
    public string? ConfigHash
    {
        get
        {
            lock (_gate)
            {
                return _configHash;
            }
        }
    }

    /// <summary>Every remembered input, copied.</summary>
    public IReadOnlyCollection<InputState> All
    {
        get
        {
            lock (_gate)
            {
                return _inputs.Values.ToList();
            }
        }
    }

    public InputState? Get(string key)
    {
        lock (_gate)
        {
            return _inputs.GetValueOrDefault(key);
        }
    }

    /// <summary>
    /// True when <paramref name="input"/> was finished before under the current rules and has not changed since:
    /// same size and last-write time (no hashing needed), or — when the size matches but the time does not (a
    /// copy or a touch) — the same SHA-256, if the caller passes it.
    /// </summary>
    public bool IsUnchanged(InputFile input, string? sha256 = null)
    {
        InputState? known;
        string? rules;
        lock (_gate)
        {
            known = _inputs.GetValueOrDefault(InputState.KeyOf(input));
            rules = _configHash;
        }

        if (known is null || known.Length != input.Length || !string.Equals(known.RulesHash, rules, StringComparison.Ordinal))
        {
            return false;
        }

        return known.LastWriteUtc == input.LastWriteUtc
            || (sha256 is not null && string.Equals(known.Sha256, sha256, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the size matches what was recorded but the last-write time does not: only the content hash can
    /// tell whether the input changed.
    /// </summary>
    public bool NeedsHash(InputFile input)
    {
        lock (_gate)
        {
            return _inputs.GetValueOrDefault(InputState.KeyOf(input)) is { } known
                && known.Length == input.Length
                && known.LastWriteUtc != input.LastWriteUtc
                && string.Equals(known.RulesHash, _configHash, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The recorded story files of <paramref name="state"/> that are gone or empty. A power loss can take story
    /// files that were not flushed to disk while their journal line survived; an input with missing outputs must
    /// be processed again even when it is unchanged.
    /// </summary>
    public IReadOnlyList<string> MissingOutputs(InputState state) =>
        state.Outputs.Where(output =>
        {
            var file = new FileInfo(Path.Combine(_outRoot, output));
            return !file.Exists || file.Length == 0;
        }).ToList();

    /// <summary>Remembers a finished input (replacing what was known); durable once this returns.</summary>
    public void Record(InputState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrEmpty(state.Key);
        ArgumentException.ThrowIfNullOrEmpty(state.Sha256);
        ArgumentNullException.ThrowIfNull(state.Outputs);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _journal.Append(JournalEntry.Input(state));
            _inputs[state.Key] = state;
        }
    }

    /// <summary>Remembers a finished input, stamped with the current <see cref="ConfigHash"/>.</summary>
    public void Record(InputFile input, string sha256, IEnumerable<string> outputs) =>
        Record(InputState.Of(input, sha256, outputs, ConfigHash));

    public void Forget(string key)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_inputs.ContainsKey(key))
            {
                return;
            }

            _journal.Append(JournalEntry.Forget(key));
            _inputs.Remove(key);
        }
    }

    public void SetConfigHash(string hash)
    {
        ArgumentException.ThrowIfNullOrEmpty(hash);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (string.Equals(_configHash, hash, StringComparison.Ordinal))
            {
                return;
            }

            _journal.Append(JournalEntry.Rules(hash));
            _configHash = hash;
        }
    }

    /// <summary>
    /// Writes everything to a new snapshot (temporary file, flushed, renamed over <c>state.json</c>), then empties
    /// the journal. A crash in between is harmless: the journal's lines replay to the same state.
    /// </summary>
    public void Compact()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var snapshot = new StateSnapshot
            {
                Version = StateSnapshot.CurrentVersion,
                RulesHash = _configHash,
                Inputs = _inputs.Values.OrderBy(s => s.Key, StringComparer.Ordinal).Select(JournalEntry.Input).ToList(),
            };
            AtomicFile.Write(_snapshotPath, StateJson.ToText(snapshot), _flushToDisk);
            _journal.Truncate();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _journal.Dispose();
        }
    }

    private static string? Apply(JournalEntry entry, Dictionary<string, InputState> inputs, string? configHash, ILogger log)
    {
        switch (entry.Op)
        {
            case JournalEntry.InputOp when entry.ToInputState() is { } state:
                inputs[state.Key] = state;
                break;
            case JournalEntry.ForgetOp when entry.Key is { } key:
                inputs.Remove(key);
                break;
            case JournalEntry.RulesOp when entry.RulesHash is { } hash:
                return hash;
            default:
                log.Warning("State journal: an incomplete '{Op}' entry was skipped", entry.Op);
                break;
        }

        return configHash;
    }

    private static (Dictionary<string, InputState> Inputs, string? ConfigHash) LoadSnapshot(string path, ILogger log)
    {
        var inputs = new Dictionary<string, InputState>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return (inputs, null);
        }

        StateSnapshot snapshot;
        try
        {
            snapshot = StateJson.ParseSnapshot(File.ReadAllText(path));
            if (snapshot.Version != StateSnapshot.CurrentVersion)
            {
                throw new JsonException($"version {snapshot.Version}, expected {StateSnapshot.CurrentVersion}");
            }
        }
        catch (JsonException e)
        {
            // Written atomically, so this is disk damage or a foreign file. Starting over only costs reprocessing
            // (story files are rewritten in place); the file is kept for inspection.
            var aside = $"{path}.unreadable-{DateTime.UtcNow:yyyyMMddTHHmmssZ}";
            File.Move(path, aside, overwrite: true);
            log.Warning("State snapshot {Path} could not be read ({Error}); moved to {Aside}, every input will be processed again", path, e.Message, aside);
            return (inputs, null);
        }

        foreach (var entry in snapshot.Inputs)
        {
            if (entry.ToInputState() is { } state)
            {
                inputs[state.Key] = state;
            }
            else
            {
                log.Warning("State snapshot {Path}: an incomplete input entry was skipped", path);
            }
        }

        return (inputs, snapshot.RulesHash);
    }
}
