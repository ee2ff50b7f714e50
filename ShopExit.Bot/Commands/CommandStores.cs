using Microsoft.Extensions.Options;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Commands;

/// <summary>
/// The server's store for a command (<c>agent add</c>, <c>faq unanswered</c>): the one
/// <c>ShopExit:Store</c> names, registered as the server registers it, so an agent added on a
/// PostgreSQL deployment lands where every instance reads it.
/// </summary>
internal sealed class CommandStores(IConfiguration configuration, IOptions<ShopExitOptions> options)
{
    /// <summary>
    /// Opens the store and runs <paramref name="work"/> with <typeparamref name="TStore"/>; a store
    /// that cannot be used is one line on standard error (<c>agent add: the database file … is
    /// read-only</c>) and exit code 1.
    /// </summary>
    public async Task<int> UseAsync<TStore>(string command, TextWriter error, Func<TStore, IStoreDatabase, Task<int>> work)
        where TStore : notnull
    {
        try
        {
            var services = new ServiceCollection()
                .AddSingleton(configuration)
                .AddSingleton(options)
                .AddSingleton(TimeProvider.System)
                .AddStores(configuration);
            await using var provider = services.BuildServiceProvider();
            var database = provider.GetRequiredService<IStoreDatabase>();
            await database.OpenAsync();
            return await work(provider.GetRequiredService<TStore>(), database);
        }
        catch (StoreFaultException fault)
        {
            await error.WriteLineAsync($"{command}: {fault.Message}");
            return 1;
        }
    }
}
