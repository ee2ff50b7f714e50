using System.CommandLine;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Commands;

/// <summary><c>agent add &lt;username&gt; --role agent|supervisor</c>: creates or updates an agent account.</summary>
internal static class AgentCommands
{
    public static Command Create(CommandStores stores, TextReader input, TextWriter output, TextWriter error)
    {
        var username = new Argument<string>("username") { Description = "The agent's login name" };
        var role = new Option<string>("--role") { Description = "agent or supervisor", DefaultValueFactory = _ => AgentRoles.Agent };
        var name = new Option<string?>("--name") { Description = "The name merchants see (default: the username)" };
        var add = new Command("add", "Create or update an agent; the password is read from standard input (there is no default password).") { username, role, name };
        add.SetAction((r, ct) => AddAsync(stores, r.GetValue(username)!, r.GetValue(role)!, r.GetValue(name), input, output, error, ct));
        return new Command("agent", "Support agent accounts.") { add };
    }

    private static async Task<int> AddAsync(CommandStores stores, string username, string role, string? displayName, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        username = username.Trim();
        if (username.Length is 0 or > 64 || !username.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            error.WriteLine("agent add: the username must be 1-64 letters, digits, '.', '-' or '_'.");
            return 2;
        }

        if (!AgentRoles.IsValid(role))
        {
            error.WriteLine($"agent add: --role must be '{AgentRoles.Agent}' or '{AgentRoles.Supervisor}'.");
            return 2;
        }

        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            output.Write($"Password for {username}: ");
        }

        var password = ReadPassword(input);
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine($"agent add: give the password on standard input. {PasswordPolicy.Rule}");
            return 2;
        }

        if (PasswordPolicy.Problem(password) is { } problem)
        {
            error.WriteLine($"agent add: the password is refused: {problem}. {PasswordPolicy.Rule}");
            return 2;
        }

        return await stores.UseAsync<IAgentStore>("agent add", error, async (agents, database) =>
        {
            await agents.UpsertAsync(username, string.IsNullOrWhiteSpace(displayName) ? username : displayName.Trim(), role, PasswordHasher.Hash(password), cancellationToken);
            output.WriteLine($"agent {username} ({role}) saved in {database.Description}");
            return 0;
        });
    }

    // From a terminal the password is not echoed; from a pipe it is the first line.
    private static string? ReadPassword(TextReader input)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
