using ShopExit.Bot.Analysis;
using ShopExit.Bot.Channels.DirectLine;
using ShopExit.Bot.Commands;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Health;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Scaleout;
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

// A store that cannot be used stops the start with one line naming it and the cause: an unknown
// ShopExit:Store here; a data folder or database that cannot be used (read-only, unreadable, not
// SQLite), a missing or invalid ConnectionStrings:Postgres or a PostgreSQL server that does not
// answer at the open below, before anything else touches it; then, on PostgreSQL, a missing,
// invalid or unreachable ConnectionStrings:Redis.
try
{
    builder.AddStorage();
}
catch (StoreFaultException fault)
{
    return await StartFaults.ReportAsync(fault);
}

builder.AddFaq();

// Every turn runs these middleware in this order, then the dialogs.
builder.AddConversations(turns => turns
    .Use<KnowledgeMiddleware>()       // pins the content version the turn runs on
    .Use<TypingMiddleware>()          // shows "typing" when the reply takes a while
    .Use<TextAnalysisMiddleware>()    // language, sentiment and PII, once, stored with the activity
    .Use<HandoffDeskMiddleware>()     // is a human available; a requested handoff is queued with the turn
    .Use<HandoffRoutingMiddleware>()  // with an agent the bot stays silent; handoff.status changes the mode
    .Run<DialogBot>());
builder.AddDirectLine();
builder.AddWidget();
builder.AddTextAnalysis();
builder.AddAgentDesk();
builder.AddHealth();
builder.AddApiDocument();

// Several instances share a PostgreSQL store: they hear each other through Redis.
builder.AddScaleout(enabled: StoreSelection.Read(builder.Configuration) == StoreKind.Postgres);
builder.AddErrorHandling();
builder.AddProxyHeaders();

var app = builder.Build();

try
{
    await app.Services.GetRequiredService<IStoreDatabase>().OpenAsync();
    await app.Services.GetRequiredService<SigningKey>().LoadAsync(CancellationToken.None);
    await app.Services.ConnectScaleoutAsync();
}
catch (StoreFaultException fault)
{
    await app.DisposeAsync();
    return await StartFaults.ReportAsync(fault);
}

// The HTTP pipeline, in order: the real client behind a configured proxy (before anything counts
// or checks it), the instance's name on every response, errors in the Direct Line shape, then the endpoints.
app.UseProxyHeaders();
app.UseInstanceHeader();
app.UseErrorHandling();
app.MapWidget();
app.MapDirectLine();
app.MapAgentDesk();
app.MapHealth();
app.MapApiDocument();

// Not RunAsync: it disposes the host when the start fails (content errors refuse the start), and
// under WebApplicationFactory that races the test host still reading the host's services, which
// then fails with ObjectDisposedException instead of the start's own error. A failed start ends
// the process anyway; a clean shutdown disposes the host here.
await app.StartAsync();
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

/// <summary>The entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
