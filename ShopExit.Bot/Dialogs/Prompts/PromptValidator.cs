



namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>Decides whether a recognised reply is acceptable.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
