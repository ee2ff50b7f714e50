using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;

namespace ShopExit.Bot.Tests.Dialogs;

// A prompt keeps its options object in its state while the process runs, and JSON once the state
// is saved: what a restarted server (or another instance) reads back must be the same question.
public class PromptOptionsStateTests
{
    private static PromptOptions Question() => new()
    {
        Name = "status",
        Prompt = new Activity { Type = ActivityTypes.Message, Text = "现在是什么情况？" },
        Hints = [new Activity { Type = ActivityTypes.Message, Text = "请直接点「已经到账」" }],
        AsksAboutAState = true,
        Choices = [new Choice("arrived", ["已经到账", "到账了"], "已经到账"), new Choice("reviewing", ["还在审核"], "还在审核")],
    };

    [Fact]
    public void OptionsOf_StateSavedAndReadBack_GivesTheSameQuestion()
    {
        var live = new DialogInstance { Id = "choice", State = new() { ["options"] = PromptOptionsState.Store(Question()), ["attempts"] = 0 } };

        var saved = JsonSerializer.Serialize(live, ActivityJson.Options);
        var restored = JsonSerializer.Deserialize<DialogInstance>(saved, ActivityJson.Options)!;

        var options = Prompt<object>.OptionsOf(restored);
        Assert.Equal(JsonSerializer.Serialize(Question(), ActivityJson.Options), JsonSerializer.Serialize(options, ActivityJson.Options));
        Assert.Equal("status", options.Name);
        Assert.Equal(["已经到账", "到账了"], options.Choices![0].Synonyms);
        Assert.Contains("\"synonyms\":[\"已经到账\",\"到账了\"]", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsOf_TheSameSavedStateTwice_ReadsItOnceAndAStateBegunAgainGetsItsOwn()
    {
        var restored = JsonSerializer.Deserialize<DialogInstance>(
            JsonSerializer.Serialize(new DialogInstance { Id = "choice", State = new() { ["options"] = PromptOptionsState.Store(Question()) } }, ActivityJson.Options),
            ActivityJson.Options)!;

        Assert.Same(Prompt<object>.OptionsOf(restored), Prompt<object>.OptionsOf(restored));

        var other = Question();
        other.Name = "platform";
        restored.State["options"] = PromptOptionsState.Store(other);
        Assert.Equal("platform", Prompt<object>.OptionsOf(restored).Name);
    }
}
