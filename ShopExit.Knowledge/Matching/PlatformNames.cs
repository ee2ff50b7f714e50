using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The names merchants give the platforms. A platform's name says which platform, not which
/// question, so the matcher takes it out of the text (and reports it) before scoring: otherwise
/// 快手 would pull every Kuaishou question towards the one item whose source article is about Kuaishou.
/// </summary>
internal static class PlatformNames
{
    public static readonly IReadOnlyDictionary<string, Platform> All = new Dictionary<string, Platform>(StringComparer.Ordinal)
    {
        ["抖音小店"] = Platform.Douyin,
        ["抖店"] = Platform.Douyin,
        ["抖音电商"] = Platform.Douyin,
        ["抖音"] = Platform.Douyin,
        ["douyin"] = Platform.Douyin,
        ["tiktok"] = Platform.Douyin,
        ["快手小店"] = Platform.Kuaishou,
        ["快手"] = Platform.Kuaishou,
        ["kuaishou"] = Platform.Kuaishou,
        ["淘宝"] = Platform.Taobao,
        ["天猫"] = Platform.Taobao,
        ["taobao"] = Platform.Taobao,
        ["tmall"] = Platform.Taobao,
        ["拼多多"] = Platform.Pinduoduo,
        ["拼夕夕"] = Platform.Pinduoduo,
        ["pdd"] = Platform.Pinduoduo,
        ["pinduoduo"] = Platform.Pinduoduo,
    };
}
