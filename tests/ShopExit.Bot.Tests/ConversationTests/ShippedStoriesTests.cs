using ShopExit.Bot.Commands;
using ShopExit.Bot.ConversationTests;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge;

namespace ShopExit.Bot.Tests.ConversationTests;

/// <summary>Every story under faq/tests is a test of its own here, so CI counts and names each one.</summary>
public class ShippedStoriesTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() =>
        FaqContentLoader.Load(TestPaths.Faq).KnowledgeBase ?? throw new InvalidOperationException("shipped FAQ has errors"));

    public static TheoryData<string, string> Stories()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in FaqTestCommand.StoryFiles(TestPaths.Faq))
        {
            foreach (var story in StoryFileParser.Parse(File.ReadAllText(file), file).Stories)
            {
                data.Add(Path.GetFileName(file), story.Name);
            }
        }

        return data;
    }

    [Fact]
    public void StoryFiles_ParseWithoutProblemsAndAreEnough()
    {
        var files = FaqTestCommand.StoryFiles(TestPaths.Faq);
        var parsed = files.Select(f => StoryFileParser.Parse(File.ReadAllText(f), f)).ToList();

        Assert.Empty(parsed.SelectMany(p => p.Problems));
        Assert.True(parsed.Sum(p => p.Stories.Count) >= 60, $"{parsed.Sum(p => p.Stories.Count)} stories");
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Story_RunsAsWritten(string file, string name)
    {
        var path = FaqTestCommand.StoryFiles(TestPaths.Faq).Single(f => Path.GetFileName(f) == file);
        var story = StoryFileParser.Parse(await File.ReadAllTextAsync(path), path).Stories.Single(s => s.Name == name);

        var failures = await new StoryRunner(Knowledge.Value).RunAsync(story);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
