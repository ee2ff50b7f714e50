using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>Agent API tokens: signed with their own derived key, so a merchant's Direct Line token never works here.</summary>
public sealed class AgentTokenService(SigningKey signingKey, IOptions<HandoffOptions> options, TimeProvider time)
{
    private readonly byte[] _key = signingKey.For("agent");

    /// <summary>A token for an agent, and when it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(AgentAccount agent)
    {
        var now = time.GetUtcNow();
        var expires = now.Add(options.Value.TokenLifetime);
        var payload = new JsonObject
        {
            ["iss"] = "shopexit",
            ["sub"] = agent.Username,
            ["role"] = agent.Role,
            ["name"] = agent.DisplayName,
            ["stamp"] = PasswordHasher.Stamp(agent.PasswordHash),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        return (SignedToken.Issue(payload, _key), expires);
    }

    /// <summary>The agent a valid token names and its password stamp, or null.</summary>
    public (string Username, string Stamp)? Validate(string token)
    {
        try
        {
            if (SignedToken.Read(token, _key) is not { } payload || payload["exp"]!.GetValue<long>() <= time.GetUtcNow().ToUnixTimeSeconds())
            {
                return null;
            }

            return (payload["sub"]!.GetValue<string>(), payload["stamp"]!.GetValue<string>());
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NullReferenceException or JsonException)
        {
            return null;
        }
    }
}
