using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: signed JWTs carrying the conversation (<c>conv</c>) and
/// the user (<c>user</c>, which Web Chat uses as its user id).
/// </summary>
public sealed class DirectLineTokenService(SigningKey signingKey, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly byte[] _key = signingKey.For("directline");
    private readonly TimeSpan _lifetime = options.Value.TokenLifetime;

    /// <summary>How long issued tokens live, in seconds (<c>expires_in</c>).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>A token for one conversation and user.</summary>
    public string Issue(string conversationId, string userId, string? userName)
    {
        var now = time.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = "shopexit",
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(_lifetime).ToUnixTimeSeconds(),
        };
        if (userName is not null)
        {
            payload["name"] = userName;
        }

        return SignedToken.Issue(payload, _key);
    }

    /// <summary>Checks a token; the claims are set when it is ours (also when expired).</summary>
    public TokenValidation Validate(string token, out TokenClaims? claims)
    {
        claims = null;
        try
        {
            if (SignedToken.Read(token, _key) is not { } payload)
            {
                return TokenValidation.Invalid;
            }

            var expires = DateTimeOffset.FromUnixTimeSeconds(payload["exp"]!.GetValue<long>());
            claims = new TokenClaims(payload["conv"]!.GetValue<string>(), payload["user"]!.GetValue<string>(), payload["name"]?.GetValue<string>(), expires);
            return expires <= time.GetUtcNow() ? TokenValidation.Expired : TokenValidation.Valid;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NullReferenceException or JsonException)
        {
            return TokenValidation.Invalid;
        }
    }
}
