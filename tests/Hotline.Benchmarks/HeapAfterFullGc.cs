namespace Hotline.Benchmarks;

/// <summary>
/// The managed heap right after a full GC: <paramref name="LiveBytes"/> the objects that survived it (every generation,
/// large and pinned objects included), <paramref name="HeapBytes"/> the heap's size, free space between them included.
/// </summary>
public sealed record HeapAfterFullGc(long LiveBytes, long HeapBytes);
