// A bounds-checked view over contiguous memory: an array, a stack buffer, or raw memory
// the HAL hands out (device buffers, page frames). Out-of-range access ends in the fault hook.
using System.Runtime.CompilerServices;

namespace System;

public readonly ref struct Span<T>
{
    private readonly ref T _reference;
    private readonly int _length;

    public Span(T[] array)
    {
        if (array == null)
        {
            this = default;
            return;
        }
        _reference = ref Unsafe.As<byte, T>(ref Internal.Runtime.CompilerHelpers.ArrayData.First(array));
        _length = array.Length;
    }

    public unsafe Span(void* pointer, int length)
    {
        _reference = ref Unsafe.AsRef<T>(pointer);
        _length = length;
    }

    internal Span(ref T reference, int length)
    {
        _reference = ref reference;
        _length = length;
    }

    public int Length => _length;

    public bool IsEmpty => _length == 0;

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_length)
                Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.IndexOutOfRange);
            return ref Unsafe.Add(ref _reference, index);
        }
    }

    public Span<T> Slice(int start, int length)
    {
        if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length)
            Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.IndexOutOfRange);
        return new Span<T>(ref Unsafe.Add(ref _reference, start), length);
    }

    public Span<T> Slice(int start) => Slice(start, _length - start);

    public void Fill(T value)
    {
        for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = value;
    }

    public void Clear() => Fill(default);

    public void CopyTo(Span<T> destination)
    {
        if ((uint)_length > (uint)destination.Length)
            Testbed.Runtime.RuntimeFault.Raise(Testbed.Runtime.FaultKind.IndexOutOfRange);
        for (int i = 0; i < _length; i++) Unsafe.Add(ref destination._reference, i) = Unsafe.Add(ref _reference, i);
    }

    public ref T GetPinnableReference() => ref _reference;

    public static implicit operator Span<T>(T[] array) => new Span<T>(array);

    public static implicit operator ReadOnlySpan<T>(Span<T> span) => new ReadOnlySpan<T>(span);

    public Enumerator GetEnumerator() => new Enumerator(this);

    public ref struct Enumerator
    {
        private readonly Span<T> _span;
        private int _index;

        internal Enumerator(Span<T> span)
        {
            _span = span;
            _index = -1;
        }

        public bool MoveNext() => ++_index < _span.Length;

        public ref T Current => ref _span[_index];
    }
}

// A read-only view: a Span whose elements it hands out as ref readonly. It holds the Span
// itself (the same reference and length), so every check is the Span's.
public readonly ref struct ReadOnlySpan<T>
{
    private readonly Span<T> _span;

    public ReadOnlySpan(T[] array) => _span = new Span<T>(array);

    public unsafe ReadOnlySpan(void* pointer, int length) => _span = new Span<T>(pointer, length);

    internal ReadOnlySpan(Span<T> span) => _span = span;

    public int Length => _span.Length;

    public bool IsEmpty => _span.IsEmpty;

    public ref readonly T this[int index] => ref _span[index];

    public ReadOnlySpan<T> Slice(int start, int length) => new ReadOnlySpan<T>(_span.Slice(start, length));

    public ReadOnlySpan<T> Slice(int start) => new ReadOnlySpan<T>(_span.Slice(start));

    public ref readonly T GetPinnableReference() => ref _span.GetPinnableReference();

    public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);
}
