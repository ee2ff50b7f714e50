using System.Security.Cryptography;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Ticket numbers a merchant can read out on the phone: T and six characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L). About a billion of them, so two tickets of one week do not share one.
/// </summary>
public static class TicketNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A new number (T7K3QZP).</summary>
    public static string New() => "T" + string.Create(6, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}
