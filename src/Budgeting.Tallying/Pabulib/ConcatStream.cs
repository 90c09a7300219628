namespace Budgeting.Tallying.Pabulib;

/// <summary>A read-only stream that replays a few already-read bytes before the rest of another stream.</summary>
internal sealed class ConcatStream(ReadOnlyMemory<byte> head, Stream tail) : Stream
{
    private ReadOnlyMemory<byte> _head = head;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_head.Length > 0)
        {
            var n = Math.Min(count, _head.Length);
            _head.Span[..n].CopyTo(buffer.AsSpan(offset, n));
            _head = _head[n..];
            return n;
        }
        return tail.Read(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
