



namespace ShopExit.Bot.Commands;

/// <summary>
/// Commands read the same configuration as the server: appsettings.json, environment variables
/// (<c>ShopExit__DataDirectory</c>) and <c>--Section:Key=value</c> arguments. Those arguments are
/// split off before System.CommandLine parses the rest.
/// </summary>
internal static class CommandConfiguration
{
    /// <summary>Whether an argument is a configuration override such as <c>--ShopExit:DataDirectory=/x</c>.</summary>
    public static bool IsOverride(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.IndexOf(':', StringComparison.Ordinal) is > 2 and var colon
        && argument.IndexOf('=', StringComparison.Ordinal) is var equals && equals > colon;

    public static IConfiguration Build(IEnumerable<string> overrides) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(overrides.ToArray())
            .Build();
}
