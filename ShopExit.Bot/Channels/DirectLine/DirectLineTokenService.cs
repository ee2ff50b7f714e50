using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256, carrying the
/// conversation (<c>conv</c>) and the user (<c>user</c>, which Web Chat uses as its user id).
/// The signing key comes from configuration or is created once in the data folder, so tokens
/// issued before a restart still work after it.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string KeyFileName = "directline-signing.key";
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    /// <summary>Creates the service, loading or creating the signing key.</summary>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, IOptions<ShopExitOptions> shopExit, TimeProvider time)
    {
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _key = options.Value.TokenSigningKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : LoadOrCreateKey(Path.Combine(Path.GetFullPath(shopExit.Value.DataDirectory), KeyFileName));
    }

    /// <summary>How long issued tokens live, in seconds (<c>expires_in</c>).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>A token for one conversation and user.</summary>
    public string Issue(string conversationId, string userId, string? userName)
    {
        var now = _time.GetUtcNow();
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

        var unsigned = Header + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    /// <summary>Checks a token; the claims are set when it is ours (also when expired).</summary>
    public TokenValidation Validate(string token, out TokenClaims? claims)
    {
        claims = null;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !TryDecode(parts[2], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return TokenValidation.Invalid;
        }

        try
        {
            if (!TryDecode(parts[1], out var payloadBytes) || JsonNode.Parse(payloadBytes) is not JsonObject payload)
            {
                return TokenValidation.Invalid;
            }

            var expires = DateTimeOffset.FromUnixTimeSeconds(payload["exp"]!.GetValue<long>());
            claims = new TokenClaims(payload["conv"]!.GetValue<string>(), payload["user"]!.GetValue<string>(), payload["name"]?.GetValue<string>(), expires);
            return expires <= _time.GetUtcNow() ? TokenValidation.Expired : TokenValidation.Valid;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return TokenValidation.Invalid;
        }
    }

    private byte[] Sign(string data) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(data));

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: if another process created the key first, use theirs.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
