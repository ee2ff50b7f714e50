using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// Tells the PostgreSQL store's faults (the server, its disk, the login: nothing a retry of the
/// same request fixes at once) from a caller's mistakes and the code's bugs (a constraint, bad
/// SQL), which stay what they are. Messages name the server and database, never the password.
/// </summary>
internal static class PostgresFaults
{
    /// <summary>The store fault <paramref name="exception"/> is, or null when it is none.</summary>
    public static StoreFaultException? Classify(Exception exception, string description) => exception switch
    {
        StoreFaultException fault => fault,
        PostgresException server => ClassifyServer(server, description),
        NpgsqlException client when client.InnerException is SocketException or IOException or TimeoutException || client.IsTransient =>
            new(description, $"{description} cannot be reached ({Cause(client)})", isCorruption: false, exception),
        JsonException => new(description, $"{description} is corrupt (stored JSON does not parse: {exception.Message})", isCorruption: true, exception),
        _ => null,
    };

    // By SQLSTATE class (PostgreSQL's appendix A): damaged data, resources, the connection, the
    // login, a missing database, a read-only server, missing rights.
    private static StoreFaultException? ClassifyServer(PostgresException exception, string description)
    {
        var state = exception.SqlState;
        var cause = $"{state}: {exception.MessageText}";
        string? message = state switch
        {
            "XX001" or "XX002" => $"{description} is corrupt ({cause})",
            "3D000" => $"{description} does not exist ({cause})",
            "25006" => $"{description} is read-only ({cause})",
            "42501" => $"{description} refuses this user the rights the store needs ({cause})",
            _ when state.StartsWith("28", StringComparison.Ordinal) => $"{description} refused the login ({cause})",
            _ when state.StartsWith("53", StringComparison.Ordinal) => $"{description} is out of resources ({cause})",
            _ when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal) =>
                $"{description} cannot be reached ({cause})",
            _ => null,
        };
        return message is null ? null : new StoreFaultException(description, message, isCorruption: state is "XX001" or "XX002", exception);
    }

    // The innermost message says what happened (Connection refused, Name or service not known).
    private static string Cause(Exception exception)
    {
        while (exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception.Message;
    }
}
