using System.Globalization;
using System.Text;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>A cheap summary of the FAQ files (names, sizes, write times) that changes when any file does.</summary>
internal static class FaqFingerprint
{
    public static string Of(string directory)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                return "missing";
            }

            var builder = new StringBuilder();
            // Conversation tests are not content: editing one must not reload the bot.
            foreach (var file in Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                .Where(f => !FaqLoader.IsTestFile(directory, f)).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                builder.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            return builder.ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + ex.Message;
        }
    }
}
