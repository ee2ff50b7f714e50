using System.Globalization;
using System.Text;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// A message in compatibility form (NFKC: full-width digits, letters, ＠, ＋ and the ideographic
/// space become ASCII) without invisible format characters (zero-width spaces and joiners, word
/// joiners, byte-order marks, soft hyphens, direction marks: Unicode's Cf), that remembers, for
/// every character, which characters of the original it came from, so an entity found in the
/// normalised text is reported at its original offsets.
/// </summary>
/// <remarks>
/// Format characters are dropped because nobody sees them: 1\u200B3\u200B8… reads as 138… to an
/// agent, so it must be read as one number here too, or a phone number could be hidden from the
/// masking by putting them between its digits. Dropped characters inside an entity are covered by
/// its span, so the masking removes them with the digits.
/// </remarks>
internal sealed class NormalizedText
{
    private readonly int[] starts;
    private readonly int[] ends;

    private NormalizedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Normalises <paramref name="source"/> one character (or surrogate pair) at a time.</summary>
    public static NormalizedText Create(string source)
    {
        var builder = new StringBuilder(source.Length);
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var width = char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
            if (!IsStable(c) && CharUnicodeInfo.GetUnicodeCategory(source, i) == UnicodeCategory.Format)
            {
                i += width;
                continue;
            }

            var piece = IsStable(c) ? null : Normalize(source.Substring(i, width));
            if (piece is null)
            {
                builder.Append(source, i, width);
                for (var k = 0; k < width; k++)
                {
                    starts.Add(i);
                    ends.Add(i + width);
                }
            }
            else
            {
                // One source character may become several (㈠ → (一)) or none; each output
                // character points back at the whole source character it came from.
                builder.Append(piece);
                for (var k = 0; k < piece.Length; k++)
                {
                    starts.Add(i);
                    ends.Add(i + width);
                }
            }

            i += width;
        }

        return new NormalizedText(builder.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>The original span of the normalised span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public (int Offset, int Length) ToSource(int start, int end)
    {
        var offset = starts[start];
        return (offset, ends[end - 1] - offset);
    }

    // ASCII and the common Han block are already in NFKC form; skipping them keeps long messages cheap.
    private static bool IsStable(char c) => c < '\u0080' || c is >= '\u3400' and <= '\u9FFF';

    private static string Normalize(string piece)
    {
        try
        {
            return piece.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; it is no digit or letter anyway.
            return piece;
        }
    }
}
