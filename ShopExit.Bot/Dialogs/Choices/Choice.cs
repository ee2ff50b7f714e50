



namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>An option of a <see cref="Prompts.ChoicePrompt"/>.</summary>
/// <param name="Value">What the choice returns; also its button's title unless <paramref name="Title"/> is set.</param>
/// <param name="Synonyms">Other words that pick it (for example 抖音 and 抖店 for 抖音小店).</param>
/// <param name="Title">The button's title.</param>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null, string? Title = null)
{
    /// <summary>What the button shows.</summary>
    public string Display => Title ?? Value;
}
