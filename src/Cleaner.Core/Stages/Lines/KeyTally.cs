using System.Buffers;
using Cleaner.Core.Model;

namespace Cleaner.Core.Stages.Lines;

/// <summary>
/// How often each key number (<see cref="AnalyzedLine.KeyId"/>) occurs in a stretch of a document's lines. Key numbers
/// are small and dense, so the counts sit in a rented table indexed by number: no hashing and, once the pool is warm,
/// no allocation. Only the entries the stretch touches are cleared and counted, so a short stretch of a long document
/// costs what the stretch costs. Dispose returns the table.
/// </summary>
internal readonly struct KeyTally : IDisposable
{
    private readonly int[] _counts;

    /// <param name="lines">A document's analysed lines.</param>
    /// <param name="start">First line counted.</param>
    /// <param name="end">Line after the last one counted.</param>
    /// <param name="blankLines">Whether blank lines are counted (under the key number of the empty key).</param>
    public KeyTally(IReadOnlyList<AnalyzedLine> lines, int start, int end, bool blankLines)
    {
        var highest = -1;
        for (var i = start; i < end; i++)
        {
            highest = Math.Max(highest, lines[i].KeyId);
        }

        // A rented table holds whatever its last user left: the entries about to be counted start from zero.
        _counts = ArrayPool<int>.Shared.Rent(highest + 1);
        for (var i = start; i < end; i++)
        {
            _counts[lines[i].KeyId] = 0;
        }

        for (var i = start; i < end; i++)
        {
            if (blankLines || !lines[i].IsBlank)
            {
                _counts[lines[i].KeyId]++;
            }
        }
    }

    /// <summary>How many lines of the stretch have the key of <paramref name="line"/>, a line of the stretch.</summary>
    public int Of(AnalyzedLine line) => _counts[line.KeyId];

    public void Dispose()
    {
        if (_counts is not null)
        {
            ArrayPool<int>.Shared.Return(_counts);
        }
    }
}
