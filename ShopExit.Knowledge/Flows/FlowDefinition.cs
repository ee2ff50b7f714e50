using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>
/// A walkthrough as an editor writes it (<c>faq/flows/*.yaml</c>): its steps, where each answer
/// leads, and the summary and next actions at the end. The platform is asked first, unless known.
/// </summary>
public sealed record FlowDefinition
{
    /// <summary>The id of the walkthrough and of the entry whose phrasings start it (<c>flow:closure</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Its name (店铺注销), as the bot says it (已退出店铺注销引导).</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Said once the platform is known, before the first step.</summary>
    public PlatformText? Intro { get; init; }

    /// <summary>The heading of the summary (小结一下您的店铺注销：).</summary>
    public required LocalizedText SummaryTitle { get; init; }

    /// <summary>The steps; the first is asked first.</summary>
    public required IReadOnlyList<FlowStep> Steps { get; init; }

    /// <summary>The end.</summary>
    public required FlowEnd End { get; init; }

    /// <summary>Where the walkthrough is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The step with this id, if any.</summary>
    public FlowStep? Step(string? id) => Steps.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The 1-based position of a step (0 when unknown), for "第 2 步 / 共 5 步".</summary>
    public int NumberOf(string? id) => Steps.ToList().FindIndex(s => string.Equals(s.Id, id, StringComparison.Ordinal)) + 1;
}
