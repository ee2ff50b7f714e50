using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer &lt;secret or token&gt;</c>.</summary>
public sealed class DirectLineAuth(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>
    /// For /tokens/refresh only: a token of ours that expired less than
    /// <see cref="DirectLineOptions.ResumeWindow"/> ago is still accepted, so a returning merchant
    /// keeps the conversation.
    /// </summary>
    public (DirectLineCaller? Caller, ForbiddenError? Error) AuthenticateForRefresh(HttpRequest request, TimeProvider time)
    {
        var (caller, error) = Authenticate(request);
        if (error is null || !TryBearer(request, out var credential))
        {
            return (caller, error);
        }

        return tokens.Validate(credential, out var claims) == TokenValidation.Expired && claims!.ExpiresAt + options.Value.ResumeWindow > time.GetUtcNow()
            ? (new DirectLineCaller(claims), null)
            : (caller, error);
    }

    /// <summary>The caller, or the error to answer with.</summary>
    public (DirectLineCaller? Caller, ForbiddenError? Error) Authenticate(HttpRequest request)
    {
        return TryBearer(request, out var credential)
            ? Check(credential)
            : (null, ApiErrors.Forbidden("Missing 'Authorization: Bearer <secret or token>'."));
    }

    /// <summary>Checks a bare secret or token (the WebSocket passes it in the query, and writes the error itself).</summary>
    public (DirectLineCaller? Caller, IResult? Error) AuthenticateCredential(string credential) => Check(credential);

    private (DirectLineCaller? Caller, ForbiddenError? Error) Check(string credential)
    {
        if (options.Value.Secret is { Length: > 0 } secret && FixedTimeEquals(credential, secret))
        {
            return (DirectLineCaller.Secret, null);
        }

        return tokens.Validate(credential, out var claims) switch
        {
            TokenValidation.Valid => (new DirectLineCaller(claims), null),
            TokenValidation.Expired => (null, ApiErrors.TokenExpired()),
            _ => (null, ApiErrors.Forbidden("The secret or token is not valid.")),
        };
    }

    private static bool TryBearer(HttpRequest request, out string credential)
    {
        const string prefix = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        credential = header.Length > prefix.Length && header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : string.Empty;
        return credential.Length > 0;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
