using System.Runtime.InteropServices;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Zeroed native memory aligned to 2 MB and, on Linux, advised for transparent huge pages: a large table filled once
/// at start-up then costs a few page faults instead of one per 4 KB page. On a virtual machine a fault costs
/// microseconds, so the 32 MB of NER weight rows took about 0.13 s of every cold start in faults alone. Where huge
/// pages are off the memory is ordinary memory. Freed when the handle is released or finalised.
/// </summary>
internal sealed partial class HugePageMemory : SafeHandle
{
    private const nuint HugePage = 2 << 20;
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>A zeroed block of at least <paramref name="bytes"/> bytes.</summary>
    public unsafe HugePageMemory(long bytes)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        var length = ((nuint)bytes + HugePage - 1) & ~(HugePage - 1);
        var block = NativeMemory.AlignedAlloc(length, HugePage);
        SetHandle((IntPtr)block);
        Length = (long)length;
        GC.AddMemoryPressure(Length);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = Advise((nint)block, length, AdviseHugePage); // best effort: without it the pages are small
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library without madvise: small pages.
            }
        }

        NativeMemory.Clear(block, length);
    }

    /// <summary>The block's length in bytes.</summary>
    public long Length { get; }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The block as <paramref name="count"/> values of <typeparamref name="T"/> from its start.</summary>
    public unsafe Span<T> AsSpan<T>(int count)
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)count * sizeof(T), Length, nameof(count));
        return new Span<T>((void*)handle, count);
    }

    /// <inheritdoc/>
    protected override unsafe bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        GC.RemoveMemoryPressure(Length);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
