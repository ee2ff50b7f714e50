using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ShopExit.Bot.Tests.Support;

/// <summary>A logger provider whose loggers all write into one queue.</summary>
internal sealed class LogCapture : ILoggerProvider, ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));

    public void Dispose()
    {
    }
}
