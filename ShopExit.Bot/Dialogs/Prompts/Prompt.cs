using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits until the reply is understood and valid (Bot Builder's
/// <c>Prompt&lt;T&gt;</c>). The options and the attempt count are kept in the dialog's state,
/// so a prompt asked before a restart is still answered after it.
/// </summary>
/// <param name="id">The prompt's id.</param>
/// <param name="validator">An optional extra check.</param>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id), IPrompt
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = PromptOptionsState.Store(promptOptions);
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, attempt: 0, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var options = OptionsOf(dc.ActiveDialog!);
        var attempts = CountAttempt(dc.ActiveDialog!);
        var recognized = Recognize(dc.Context, options);
        var valid = recognized.Succeeded;
        var repliesBefore = dc.Context.Replies.Count;
        if (validator is not null)
        {
            valid = await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        }

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        // Bot Builder's rule: the retry prompt goes out only if the validator did not reply itself.
        if (dc.Context.Replies.Count == repliesBefore)
        {
            await OnPromptAsync(dc.Context, options, attempts, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public PromptReading Read(TurnContext context, PromptOptions options) => Recognize(context, options).Reading;

    /// <inheritdoc />
    public async Task<DialogTurnResult> RejectAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var attempts = CountAttempt(dc.ActiveDialog!);
        await OnPromptAsync(dc.Context, OptionsOf(dc.ActiveDialog!), attempts, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(dc.Context, OptionsOf(instance), attempt: 0, cancellationToken);

    private static int CountAttempt(DialogInstance instance)
    {
        var attempts = (instance.State[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        instance.State[AttemptsKey] = attempts;
        return attempts;
    }

    /// <summary>How many replies the waiting prompt has not understood so far.</summary>
    public static int MissesOf(DialogInstance instance) => instance.State[AttemptsKey]?.GetValue<int>() ?? 0;

    /// <summary>The options a waiting prompt was begun with.</summary>
    public static PromptOptions OptionsOf(DialogInstance instance) => PromptOptionsState.Of(instance.State[OptionsKey]);

    /// <summary>Understands a reply.</summary>
    public abstract PromptRecognizerResult<T> Recognize(TurnContext context, PromptOptions options);

    /// <summary>Sends the question (attempt 0), or what to say after the attempt-th reply it did not understand.</summary>
    protected virtual Task OnPromptAsync(TurnContext context, PromptOptions options, int attempt, CancellationToken cancellationToken)
    {
        var prompt = attempt == 0 ? options.Prompt
            : options.Hints is { Count: > 0 } hints ? hints[Math.Min(attempt, hints.Count) - 1]
            : options.RetryPrompt ?? options.Prompt;
        return prompt is null ? Task.CompletedTask : context.SendActivityAsync(WithExtraButtons(Decorate(prompt.Clone(), options, context), context), cancellationToken);
    }

    private static Activity WithExtraButtons(Activity prompt, TurnContext context)
    {
        if (context.State.Find<PromptExtraButtons>() is not { } extra)
        {
            return prompt;
        }

        var own = prompt.SuggestedActions?.Actions ?? [];
        var added = extra.Actions.Where(a => own.All(o => o.Value?.ToString() != a.Value?.ToString())).ToList();
        prompt.SuggestedActions = new SuggestedActions { Actions = [.. own, .. added] };
        return prompt;
    }

    /// <summary>Adds what this kind of prompt shows with its question (buttons).</summary>
    protected virtual Activity Decorate(Activity prompt, PromptOptions options, TurnContext context)
    {
        prompt.InputHint ??= InputHints.ExpectingInput;
        return prompt;
    }
}
