using Microsoft.AspNetCore.Diagnostics;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>
/// A store fault met while serving (a corrupt page, a read-only file, a full disk) answers 503
/// <c>StoreUnavailable</c> in the Direct Line error shape, never a 500; the log names the request
/// and the database path with the cause.
/// </summary>
internal sealed class StoreFaultExceptionHandler(ILogger<StoreFaultExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreFaultException fault)
        {
            return false;
        }

        logger.LogError("Store fault answering {Method} {Path} with 503: {Fault}", httpContext.Request.Method, httpContext.Request.Path, fault.Message);
        await ApiErrors.StoreUnavailable().ExecuteAsync(httpContext);
        return true;
    }
}
