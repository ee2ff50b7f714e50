using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Bot Builder's TestFlow, for ShopExit: a script of sends and expected replies, run in order.
/// <code>await new TestFlow().Send("你好").AssertReply(r => ...).StartTestAsync();</code>
/// </summary>
internal sealed class TestFlow(DialogTestClient? client = null)
{
    private readonly List<Func<Queue<Activity>, Task>> _steps = [];

    public DialogTestClient Client { get; } = client ?? new DialogTestClient();

    /// <summary>Starts the conversation (its replies are expected next).</summary>
    public TestFlow Start() => Step(async replies => Enqueue(replies, await Client.StartAsync()));

    /// <summary>Sends a message; unchecked replies of the previous turn are discarded.</summary>
    public TestFlow Send(string text) => Step(async replies =>
    {
        replies.Clear();
        Enqueue(replies, await Client.SendAsync(text));
    });

    /// <summary>Expects the next reply to contain <paramref name="text"/>.</summary>
    public TestFlow AssertReply(string text) => AssertReply(reply =>
        Assert.True(reply.Text?.Contains(text, StringComparison.Ordinal) == true, $"expected a reply containing '{text}', got '{reply.Text}'"));

    /// <summary>Checks the next reply.</summary>
    public TestFlow AssertReply(Action<Activity> check) => Step(replies =>
    {
        Assert.True(replies.Count > 0, "expected another reply, but the bot said nothing more");
        check(replies.Dequeue());
        return Task.CompletedTask;
    });

    /// <summary>Expects some reply of the current turn to contain <paramref name="text"/>; skips the replies before it.</summary>
    public TestFlow AssertReplyContaining(string text) => Step(replies =>
    {
        while (replies.Count > 0 && replies.Peek().Text?.Contains(text, StringComparison.Ordinal) != true)
        {
            replies.Dequeue();
        }

        Assert.True(replies.Count > 0, $"no reply of this turn contains '{text}'");
        replies.Dequeue();
        return Task.CompletedTask;
    });

    /// <summary>Expects no more replies in this turn.</summary>
    public TestFlow AssertNoMoreReplies() => Step(replies =>
    {
        Assert.True(replies.Count == 0, $"unexpected reply: '{(replies.Count > 0 ? replies.Peek().Text : null)}'");
        return Task.CompletedTask;
    });

    /// <summary>Runs the script.</summary>
    public async Task StartTestAsync()
    {
        var replies = new Queue<Activity>();
        foreach (var step in _steps)
        {
            await step(replies);
        }
    }

    private TestFlow Step(Func<Queue<Activity>, Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private static void Enqueue(Queue<Activity> queue, IEnumerable<Activity> replies)
    {
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }
}
