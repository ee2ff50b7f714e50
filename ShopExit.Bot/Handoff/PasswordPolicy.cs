using System.Globalization;
using System.Text;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// What an agent's password must be: at least <see cref="MinimumLength"/> characters, not all of
/// one kind (only digits, only letters, only whitespace, only symbols, one character repeated;
/// letters with spaces between them, a passphrase, are two kinds),
/// and not one of the common passwords that guessing tries first. An agent account sees
/// merchants' unmasked personal data on request, so the password is what stands between a guess
/// and that data; the login's rate limit slows guessing, this makes the first guesses miss.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>The fewest characters (Unicode scalar values, so an emoji is one) a password may have.</summary>
    public const int MinimumLength = 12;

    // Passwords of 12 characters or more that lists of leaked passwords put near the top (the
    // rules above already refuse the shorter ones and those of one kind). Compared ignoring case.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "password123!", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "password@123",
        "123456789012", "1234567890ab", "abc123456789", "abcd12345678", "a1b2c3d4e5f6",
        "qwertyuiop12", "qwertyuiop123", "qwerty123456", "123456qwerty", "123qwe123qwe", "1qaz2wsx3edc",
        "1q2w3e4r5t6y", "qazwsxedc123", "asdfghjkl123", "zxcvbnm12345",
        "admin1234567", "admin@123456", "administrator1", "welcome12345", "iloveyou1234", "letmein12345",
        "changeme1234", "woaini123456", "woaini1314520", "shopexit1234", "shopexit123!",
    };

    /// <summary>The rule in one sentence, for whoever chooses a password.</summary>
    public static readonly string Rule =
        $"A password needs at least {MinimumLength} characters, not all of one kind, and must not be a common one: a few words with spaces between them will do.";

    /// <summary>Why <paramref name="password"/> is refused ("it is only digits"), or null when it may be used.</summary>
    public static string? Problem(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var characters = password.EnumerateRunes().ToList();
        if (characters.Count < MinimumLength)
        {
            return $"it has {characters.Count} characters, fewer than {MinimumLength}";
        }

        if (characters.All(Rune.IsWhiteSpace))
        {
            return "it is only spaces";
        }

        if (characters.All(c => c == characters[0]))
        {
            return "it is one character repeated";
        }

        // Spaces are no kind of their own: words with spaces between them (a passphrase) are the
        // strongest passwords people remember, digits with spaces between them are still a number.
        var visible = characters.Where(c => !Rune.IsWhiteSpace(c)).ToList();
        if (visible.All(Rune.IsDigit))
        {
            return "it is only digits";
        }

        if (visible.All(IsLetter) && !password.Trim().Any(char.IsWhiteSpace))
        {
            return "it is only letters";
        }

        if (!visible.Any(c => IsLetter(c) || Rune.IsDigit(c)))
        {
            return "it is only symbols";
        }

        if (Common.Contains(password))
        {
            return "it is one of the common passwords that are guessed first";
        }

        return null;
    }

    // Combining marks belong to the letters they sit on (Devanagari, Thai).
    private static bool IsLetter(Rune c) =>
        Rune.IsLetter(c) || Rune.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
