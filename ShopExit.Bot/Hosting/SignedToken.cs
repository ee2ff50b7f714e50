using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopExit.Bot.Hosting;

/// <summary>Compact JWTs signed with HMAC-SHA256 (<c>header.payload.signature</c>, base64url).</summary>
public static class SignedToken
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>Signs a payload.</summary>
    public static string Issue(JsonObject payload, byte[] key)
    {
        var unsigned = Header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(unsigned)));
    }

    /// <summary>The payload of a token signed with <paramref name="key"/>, or null (expiry is the caller's to check).</summary>
    public static JsonObject? Read(string token, byte[] key)
    {
        // Every request of a merchant carries its token: it is checked in place, without splitting
        // it into strings.
        var text = token.AsSpan();
        var payloadStart = text.IndexOf('.') + 1;
        var signatureStart = text.LastIndexOf('.') + 1;
        if (payloadStart == 0 || signatureStart == payloadStart || text[payloadStart..(signatureStart - 1)].Contains('.')
            || !text[..(payloadStart - 1)].SequenceEqual(Header) || !SignatureMatches(text[..(signatureStart - 1)], text[signatureStart..], key))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(text[payloadStart..(signatureStart - 1)])) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    private static bool SignatureMatches(ReadOnlySpan<char> signed, ReadOnlySpan<char> signature, byte[] key)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(signed.Length));
        try
        {
            HMACSHA256.HashData(key, bytes.AsSpan(0, Encoding.UTF8.GetBytes(signed, bytes)), expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        return signature.Length == Base64Url.GetEncodedLength(HMACSHA256.HashSizeInBytes)
            && Base64Url.TryDecodeFromChars(signature, given, out var written) && written == given.Length
            && CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
