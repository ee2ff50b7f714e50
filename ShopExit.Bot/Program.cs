using ShopExit.Bot.Channels.DirectLine;
using ShopExit.Bot.Commands;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Health;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Widget;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

// The content root is the build output (appsettings.json, wwwroot), so the bot behaves the same
// whichever directory it is started from; data and FAQ paths are relative to that directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddShopExitOptions();
builder.AddStorage();
builder.AddFaq();
builder.AddConversations();
builder.AddDirectLine();
builder.AddWidget();
builder.AddTextAnalysis();
builder.AddAgentDesk();
builder.AddHealth();
builder.AddErrorHandling();

var app = builder.Build();
app.UseErrorHandling();
app.MapWidget();
app.MapDirectLine();
app.MapAgentDesk();
app.MapHealth();

await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
