using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ShopExit.Bot.Commands;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

public class AgentHubSessionTests : HandoffTestBase
{
    [Fact]
    public async Task Hub_AgentGetsANewPasswordOrIsDemoted_OpenConnectionIsClosed_OthersStay()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var sue = await AgentClient.CreateAsync(Bot, "sue", role: "supervisor");
        var bob = await AgentClient.CreateAsync(Bot, "bob");
        await using var aliceHub = await ConnectAsync(alice);
        await using var sueHub = await ConnectAsync(sue);
        await using var bobHub = await ConnectAsync(bob);
        var aliceClosed = Closed(aliceHub);
        var sueClosed = Closed(sueHub);

        // A new password for alice, and sue no longer a supervisor (both as an operator does it).
        Assert.Equal(0, await AddAgentAsync("alice", "agent", "a brand new password"));
        Assert.Equal(0, await AddAgentAsync("sue", "agent", AgentClient.Password));

        await Task.WhenAll(aliceClosed, sueClosed).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HubConnectionState.Disconnected, aliceHub.State);
        Assert.Equal(HubConnectionState.Disconnected, sueHub.State);
        Assert.Equal(HubConnectionState.Connected, bobHub.State);
        Assert.Equal(HttpStatusCode.Unauthorized, (await alice.Http.GetAsync(new Uri("/api/agent/me", UriKind.Relative))).StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(AgentClient agent)
    {
        var token = agent.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(Bot.Server.BaseAddress, "/hubs/agent"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => Bot.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }

    private static Task Closed(HubConnection hub)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    private Task<int> AddAgentAsync(string username, string role, string password) =>
        CommandLine.RunAsync(
            ["agent", "add", username, "--role", role, "--name", username.ToUpperInvariant(), $"--ShopExit:DataDirectory={Bot.DataDirectory}"],
            new StringReader(password + "\n"), TextWriter.Null, TextWriter.Null);
}
