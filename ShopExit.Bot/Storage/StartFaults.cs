using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>How the server reports a store it cannot start on: one line on standard error, exit code 1, no stack trace.</summary>
public static class StartFaults
{
    /// <summary>Prints <c>ShopExit cannot start: …</c> and returns the exit code.</summary>
    public static async Task<int> ReportAsync(StoreFaultException fault)
    {
        await Console.Error.WriteLineAsync($"ShopExit cannot start: {fault.Message}");
        return 1;
    }
}
