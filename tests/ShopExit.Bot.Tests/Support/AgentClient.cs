using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Commands;

namespace ShopExit.Bot.Tests.Support;

/// <summary>An agent using the agent API of a test bot.</summary>
internal sealed class AgentClient(HttpClient http, string username)
{
    public const string Password = "correct horse battery";

    public HttpClient Http { get; } = http;

    public string Username { get; } = username;

    /// <summary>Creates the account with the real command (on the bot's store, whichever it is), logs in and goes online.</summary>
    public static async Task<AgentClient> CreateAsync(BotFactory bot, string username, string role = "agent", bool online = true, string? displayName = null)
    {
        var code = await CommandLine.RunAsync(
            [
                "agent", "add", username, "--role", role, "--name", displayName ?? username.ToUpperInvariant(), $"--ShopExit:DataDirectory={bot.DataDirectory}",
                .. bot.Settings.Select(setting => $"--{setting.Key}={setting.Value}"),
            ],
            new StringReader(Password + "\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        var client = new AgentClient(bot.CreateClient(), username);
        var login = await client.Http.PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (online)
        {
            (await client.PostAsync("/api/agent/presence", new { presence = "online" })).EnsureSuccessStatusCode();
        }

        return client;
    }

    /// <summary>The same agent, logged in with the same token, on another (restarted) bot.</summary>
    public AgentClient Reconnect(BotFactory bot)
    {
        var client = new AgentClient(bot.CreateClient(), Username);
        client.Http.DefaultRequestHeaders.Authorization = Http.DefaultRequestHeaders.Authorization;
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body ?? new { });

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<List<JsonElement>> HandoffsAsync(string status = "waiting") =>
        (await GetJsonAsync($"/api/agent/handoffs?status={status}")).EnumerateArray().ToList();
}
