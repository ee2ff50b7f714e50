using System.CommandLine;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Commands;

/// <summary>The executable's commands (<c>faq check|eval|unanswered</c>, <c>agent add</c>); no command starts the web server.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["faq", "agent", "help", "--help", "-h", "-?"];

    /// <summary>Whether the arguments name a command rather than server options.</summary>
    public static bool IsCommand(string[] args) =>
        args.FirstOrDefault(a => !CommandConfiguration.IsOverride(a)) is { } first && Commands.Contains(first, StringComparer.Ordinal);

    /// <summary>Runs a command and returns its exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, Console.In, output, error);

    /// <summary>Runs a command with the given standard input (tests pipe a password in).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var configuration = CommandConfiguration.Build(args.Where(CommandConfiguration.IsOverride));
        var options = Options.Create(configuration.GetSection(ShopExitOptions.SectionName).Get<ShopExitOptions>() ?? new ShopExitOptions());
        var stores = new CommandStores(configuration, options);
        var root = new RootCommand("ShopExit: the customer-service bot for e-commerce merchants. Without a command it runs the web server.")
        {
            FaqCommands.Create(options, stores, output, error),
            AgentCommands.Create(stores, input, output, error),
        };

        var parse = root.Parse(args.Where(a => !CommandConfiguration.IsOverride(a) && a != "help").DefaultIfEmpty("--help").ToArray());
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
