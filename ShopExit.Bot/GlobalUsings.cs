// ASP.NET Core's implicit usings bring Microsoft.AspNetCore.Http.IMiddleware; in this project the
// name means the turn pipeline's middleware (Bot Builder's name for it).
global using IMiddleware = ShopExit.Bot.Conversations.IMiddleware;

// The refusals one access or body check can give, each a typed result union: an endpoint names
// them in its signature (and so in the OpenAPI document) without spelling the union out.
global using OwnedRefusal = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.NotFound<ShopExit.Bot.Hosting.ErrorResponse>,
    ShopExit.Bot.Hosting.UnauthorizedError,
    ShopExit.Bot.Hosting.ForbiddenError,
    Microsoft.AspNetCore.Http.HttpResults.Conflict<ShopExit.Bot.Hosting.ErrorResponse>>;
global using VisibleRefusal = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.NotFound<ShopExit.Bot.Hosting.ErrorResponse>,
    ShopExit.Bot.Hosting.ForbiddenError>;
global using BodyRefusal = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.BadRequest<ShopExit.Bot.Hosting.ErrorResponse>,
    ShopExit.Bot.Hosting.PayloadTooLargeError>;
global using ConversationRefusal = Microsoft.AspNetCore.Http.HttpResults.Results<
    ShopExit.Bot.Hosting.ForbiddenError,
    Microsoft.AspNetCore.Http.HttpResults.NotFound<ShopExit.Bot.Hosting.ErrorResponse>>;
