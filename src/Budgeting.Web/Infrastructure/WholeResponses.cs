using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Budgeting.Web.Infrastructure;

/// <summary>
/// Sends a page in one piece with its length: the compressed body is kept until the page is done, then written once.
/// Streamed out, a compressed page left in three sends (headers and body, the compressor's last byte as a chunk of
/// its own, and the end chunk), each a system call here and a wake-up for the phone. Anything larger than
/// <see cref="Limit"/>, a file, or a response started on purpose streams as before.
/// </summary>
public static class WholeResponses
{
    public const int Limit = 64 * 1024;

    public static IApplicationBuilder UseWholeResponses(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var inner = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var body = new WholeBody(inner, http.Response);
        http.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(http);
            await body.SendAsync(http.RequestAborted);
        }
        finally
        {
            http.Features.Set(inner);
        }
    });

    private sealed class WholeBody(IHttpResponseBodyFeature inner, HttpResponse response) : Stream, IHttpResponseBodyFeature
    {
        private MemoryStream? _held = new();
        private PipeWriter? _writer;

        public Stream Stream => this;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>Sends the response as it stands: the writer's pending bytes, then what is held, with its length.</summary>
        public async Task SendAsync(CancellationToken ct)
        {
            await FlushWriterAsync(ct);
            await ReleaseAsync(whole: true, ct);
        }

        /// <summary>A response that asks to stream (events, say) streams from its first byte.</summary>
        public void DisableBuffering()
        {
            if (_held is { Length: 0 })
            {
                _held = null;
            }
            inner.DisableBuffering();
        }

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            await FlushWriterAsync(cancellationToken);
            await ReleaseAsync(whole: false, cancellationToken);
            await inner.StartAsync(cancellationToken);
        }

        public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            await FlushWriterAsync(cancellationToken);
            await ReleaseAsync(whole: false, cancellationToken);
            await inner.SendFileAsync(path, offset, count, cancellationToken);
        }

        public async Task CompleteAsync()
        {
            await SendAsync(CancellationToken.None);
            await inner.CompleteAsync();
        }

        /// <summary>Writes go to the held buffer while it has room; then what is held goes out, and the rest streams.</summary>
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_held is { } held)
            {
                if (held.Length + buffer.Length <= Limit)
                {
                    held.Write(buffer.Span);
                    return;
                }
                await ReleaseAsync(whole: false, cancellationToken);
            }
            await inner.Stream.WriteAsync(buffer, cancellationToken);
        }

        /// <summary>The pipe writer writes into this stream, so flushing it only ever lands in <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.</summary>
        private async Task FlushWriterAsync(CancellationToken ct)
        {
            if (_writer is not null)
            {
                await _writer.FlushAsync(ct);
            }
        }

        /// <summary>
        /// Writes what is held and streams from then on; <paramref name="whole"/> when the response is done, so what is
        /// held is all of it and its length can go ahead of it.
        /// </summary>
        private async Task ReleaseAsync(bool whole, CancellationToken ct)
        {
            if (_held is not { } held)
            {
                return;
            }
            _held = null;
            if (held.Length == 0)
            {
                return;
            }
            if (whole && !response.HasStarted && response.ContentLength is null && !response.Headers.ContainsKey("Transfer-Encoding"))
            {
                response.ContentLength = held.Length;
            }
            await inner.Stream.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), ct);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) =>
            WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _held is null ? inner.Stream.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
