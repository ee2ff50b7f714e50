using Microsoft.AspNetCore.Diagnostics;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The last line of defence: a malformed request Kestrel rejects answers 4xx, and an unexpected
/// server fault answers a plain 500 in the Direct Line error shape, logged, with no stack trace
/// (the store registers its own handler: a store fault answers 503).
/// </summary>
public static class ErrorHandling
{
    /// <summary>Registers the problem handler.</summary>
    public static IHostApplicationBuilder AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
        // A parameter or JSON body the endpoint cannot bind (a number where a name belongs, JSON
        // that does not parse) is thrown instead of answered with an empty 400 outside Development,
        // so it reaches the handler below and gets the error shape in every environment.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Uses it.</summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => ApiErrors
                .Error(StatusCodes.Status500InternalServerError, "ServiceError", "Something went wrong on our side; please try again.")
                .ExecuteAsync(context),
        });
        return app;
    }

    private sealed class ClientErrorExceptionHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var status = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await ApiErrors.Error(status, status == 413 ? "MessageSizeTooBig" : "BadArgument", bad.Message).ExecuteAsync(httpContext);
            return true;
        }
    }
}
