using System.Text;

namespace ShopExit.Bot.Texts;

/// <summary>
/// An FAQ answer as an agent sends it (a canned reply): plain lines instead of Markdown (the agent's
/// messages are shown as typed, so <c>**3–7 个工作日**</c> would show its asterisks), one line break
/// between paragraphs instead of a blank gap, and the bot's way of naming its sources (以下依据抖音小店的资料：)
/// in a person's words (以抖音小店为例：). The agent edits it before sending.
/// </summary>
public static class AgentVoice
{
    private static readonly (string Bot, string Agent)[] Phrases =
    [
        ("以下依据抖音小店的资料：", "以抖音小店为例："),
        ("以下依据抖音小店的资料，", "以抖音小店为例，"),
        ("以下依据快手的资料：", "以快手为例："),
        ("我们依据的资料", "我们目前掌握的资料"),
        ("Based on our Douyin shop guide: ", "On Douyin shops, "),
        ("Based on our Douyin shop guide, ", "On Douyin shops, "),
        ("the articles I rely on", "the information we have"),
    ];

    /// <summary>The answer as plain text in an agent's voice.</summary>
    public static string Of(string markdown)
    {
        var lines = new List<string>();
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                line = "• " + line[2..].TrimStart();
            }

            line = line.TrimStart('#').TrimStart();
            lines.Add(Plain(line));
        }

        var text = string.Join("\n", lines);
        foreach (var (bot, agent) in Phrases)
        {
            text = text.Replace(bot, agent, StringComparison.Ordinal);
        }

        return text;
    }

    // Emphasis and code marks go; a link keeps its text and address: [帮助中心](https://…) → 帮助中心（https://…）.
    private static string Plain(string line)
    {
        var plain = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '*' or '`' || (c == '_' && i + 1 < line.Length && line[i + 1] == '_'))
            {
                i += c == '_' ? 1 : 0;
                continue;
            }

            if (c == '[' && line.IndexOf("](", i, StringComparison.Ordinal) is > 0 and var middle && line.IndexOf(')', middle) is > 0 and var end)
            {
                plain.Append(line, i + 1, middle - i - 1).Append('（').Append(line, middle + 2, end - middle - 2).Append('）');
                i = end;
                continue;
            }

            plain.Append(c);
        }

        return plain.ToString();
    }
}
