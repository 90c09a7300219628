using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Budgeting.Web.Tests.Security;

/// <summary>The errors the app logs (an unhandled exception behind a 500 among them), kept for the failure message.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>The errors logged since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            drained.Add(error);
        }
        return drained;
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var first = exception?.ToString().Split('\n').Take(8) ?? [];
                owner._errors.Enqueue(formatter(state, exception) + " " + string.Join("\n    ", first));
            }
        }
    }
}
