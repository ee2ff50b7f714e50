using System.Reflection;
using NetArchTest.Rules;

namespace ShopExit.Bot.Tests.Architecture;

/// <summary>
/// The Bot project's feature folders depend on each other in one direction only (README, "Layout"):
/// the turn core knows no feature, features know the core and the features below them, and the
/// adapters (storage, channels, commands) sit on top. Read from the compiled assembly, so every
/// kind of reference counts, not only using directives.
/// </summary>
public class FolderDependencyTests
{
    private const string Root = "ShopExit.Bot.";

    // Below everything: anyone may use them, they use no other folder.
    private static readonly string[] Foundation = ["Activities", "Analysis", "Hosting"];

    // What each folder may use besides the foundation. A folder missing here is a new folder: add
    // it with its direction, and to README's layout section.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Activities"] = [],
        ["Analysis"] = [],
        ["Hosting"] = [],
        ["Conversations"] = [],
        ["Texts"] = ["Conversations"],
        ["Faq"] = ["Conversations", "Texts"],
        ["Handoff"] = ["Conversations", "Texts", "Faq"],
        ["Dialogs"] = ["Conversations", "Texts", "Faq", "Handoff"],
        ["Channels"] = ["Conversations"],
        ["Widget"] = ["Conversations", "Channels"],
        ["Storage"] = ["Conversations", "Faq", "Handoff"],
        ["Scaleout"] = ["Conversations"],
        ["Health"] = ["Conversations", "Faq", "Storage"],
        ["ConversationTests"] = ["Conversations", "Texts", "Faq", "Handoff", "Dialogs"],
        ["Commands"] = ["Conversations", "Texts", "Faq", "Handoff", "Dialogs", "Storage", "ConversationTests"],
    };

    private static readonly Assembly Bot = typeof(Program).Assembly;
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void EveryFolder_HasADirection()
    {
        Assert.Empty(Graph.Value.Keys.Except(Allowed.Keys));

        // The reading itself: dependencies known to exist are seen.
        Assert.Contains("Handoff", Graph.Value["Dialogs"]);
        Assert.Contains("Conversations", Graph.Value["Storage"]);
    }

    [Fact]
    public void Folders_DependOnlyInTheirDirection()
    {
        var wrong = Graph.Value
            .SelectMany(f => f.Value.Where(to => !Foundation.Contains(to) && !Allowed.GetValueOrDefault(f.Key, []).Contains(to)).Select(to => $"{f.Key} -> {to}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(wrong.Count == 0, "dependencies against the layout: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Folders_HaveNoCycle()
    {
        var cycle = FindCycle(Graph.Value);
        Assert.True(cycle is null, "a dependency cycle: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void Foundation_UsesNoOtherFolder()
    {
        foreach (var folder in Foundation)
        {
            Assert.Empty(Graph.Value[folder]);
        }
    }

    [Fact]
    public void DialogEngine_KnowsNothingOfTheBotsOwnDialogs()
    {
        // ResideInNamespace matches sub-namespaces too, so the engine's three are named exactly.
        var result = Types.InAssembly(Bot).That().ResideInNamespaceMatching(@"^ShopExit\.Bot\.Dialogs(\.Prompts|\.Choices)?$")
            .ShouldNot().HaveDependencyOn(Root + "Dialogs.Flows").GetResult();
        Assert.True(result.IsSuccessful, "engine types using the flows: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void StoreImplementations_KnowNothingOfEachOther()
    {
        // Storage/Postgres uses what all stores share (Storage: effect writers, JSON, the selection),
        // never the SQLite store; the SQLite store and the shared parts never touch Npgsql. Only the
        // registration (StorageExtensions) names both.
        var postgres = Types.InAssembly(Bot).That().ResideInNamespace(Root + "Storage.Postgres")
            .ShouldNot().HaveDependencyOnAny("Microsoft.Data.Sqlite", Root + "Storage.Sqlite").GetResult();
        var sqlite = Types.InAssembly(Bot).That().ResideInNamespaceMatching(@"^ShopExit\.Bot\.Storage$")
            .ShouldNot().HaveDependencyOn("Npgsql").GetResult();

        Assert.True(postgres.IsSuccessful, "PostgreSQL store types using SQLite: " + string.Join(", ", postgres.FailingTypeNames ?? []));
        Assert.True(sqlite.IsSuccessful, "SQLite or shared store types using Npgsql: " + string.Join(", ", sqlite.FailingTypeNames ?? []));
        Assert.NotEmpty(Types.InAssembly(Bot).That().ResideInNamespace(Root + "Storage.Postgres").And().HaveDependencyOn("Npgsql").GetTypes());
    }

    [Fact]
    public void Redis_IsUsedOnlyByScaleout()
    {
        // The hubs plug Redis in through IHubBackplane and the SignalR builder; no other folder knows it.
        var others = Types.InAssembly(Bot).That().DoNotResideInNamespace(Root + "Scaleout")
            .ShouldNot().HaveDependencyOn("StackExchange.Redis").GetResult();

        Assert.True(others.IsSuccessful, "types outside Scaleout using Redis: " + string.Join(", ", others.FailingTypeNames ?? []));
        Assert.NotEmpty(Types.InAssembly(Bot).That().ResideInNamespace(Root + "Scaleout").And().HaveDependencyOn("StackExchange.Redis").GetTypes());
    }

    [Fact]
    public void CycleCheck_FindsACycle()
    {
        // The check itself: a graph with a loop is reported.
        var graph = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
    }

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var folders = Bot.GetTypes().Select(t => TopFolder(t.Namespace)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var graph = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var from in folders)
        {
            foreach (var to in folders.Where(to => to != from))
            {
                var uses = Types.InAssembly(Bot).That().ResideInNamespace(Root + from).And().HaveDependencyOn(Root + to).GetTypes().Any();
                if (uses)
                {
                    graph[from].Add(to);
                }
            }
        }

        return graph;
    }

    private static string? TopFolder(string? ns) =>
        ns is not null && ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..].Split('.')[0] : null;

    // Depth-first search; returns the first cycle met, as the path that closes it.
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }
}
