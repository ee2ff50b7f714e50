using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopExit.Bot.Hosting;

/// <summary>Compact JWTs signed with HMAC-SHA256 (<c>header.payload.signature</c>, base64url).</summary>
public static class SignedToken
{
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    /// <summary>Signs a payload.</summary>
    public static string Issue(JsonObject payload, byte[] key)
    {
        var unsigned = Header + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(unsigned)));
    }

    /// <summary>The payload of a token signed with <paramref name="key"/>, or null (expiry is the caller's to check).</summary>
    public static JsonObject? Read(string token, byte[] key)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !TryDecode(parts[2], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]))))
        {
            return null;
        }

        try
        {
            return TryDecode(parts[1], out var payload) ? JsonNode.Parse(payload) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
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
