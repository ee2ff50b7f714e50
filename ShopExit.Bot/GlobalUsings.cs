// ASP.NET Core's implicit usings bring Microsoft.AspNetCore.Http.IMiddleware; in this project the
// name means the turn pipeline's middleware (Bot Builder's name for it).
global using IMiddleware = ShopExit.Bot.Conversations.IMiddleware;
