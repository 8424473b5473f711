using System.Buffers;

namespace Cleaner.Core.Text;

/// <summary>
/// A working buffer from the shared pool, so reading thousands of documents does not allocate a large array for each.
/// Arrays past <see cref="PoolLimit"/> elements are allocated directly: a rare huge file should not stay cached in the pool.
/// </summary>
internal sealed class RentedArray<T> : IDisposable
{
    private const int PoolLimit = 4 * 1024 * 1024;

    private readonly bool pooled;
    private T[]? array;

    private RentedArray(T[] array, int length, bool pooled)
    {
        this.array = array;
        this.pooled = pooled;
        Length = length;
    }

    public int Length { get; private set; }

    public T[] Array => array ?? throw new ObjectDisposedException(nameof(RentedArray<T>));

    public Span<T> Span => Array.AsSpan(0, Length);

    public static RentedArray<T> Rent(int length) => length <= PoolLimit
        ? new RentedArray<T>(ArrayPool<T>.Shared.Rent(length), length, pooled: true)
        : new RentedArray<T>(GC.AllocateUninitializedArray<T>(length), length, pooled: false);

    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
    }

    public void Dispose()
    {
        if (array is not null && pooled)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = null;
    }
}
