using System.Collections.Frozen;
using System.Reflection;

namespace ShopExit.Knowledge.Matching;

/// <summary>Traditional → Simplified character table (OpenCC data, see Data/README.md), loaded once.</summary>
internal static class TraditionalChinese
{
    private static readonly FrozenDictionary<char, char> Table = Load();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToSimplified(char c) => c >= '\u3400' && Table.TryGetValue(c, out var s) ? s : c;

    private static FrozenDictionary<char, char> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ShopExit.Knowledge.t2s.txt")
            ?? throw new InvalidOperationException("The embedded t2s.txt table is missing from ShopExit.Knowledge.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
            }
        }

        return table.ToFrozenDictionary();
    }
}
