namespace ShopExit.Knowledge.Content;

/// <summary>The e-commerce platforms content can vary by. The names are the keys used in FAQ files.</summary>
public enum Platform
{
    /// <summary>Any other platform, or not known.</summary>
    Generic,

    /// <summary>抖音小店 (抖店).</summary>
    Douyin,

    /// <summary>快手小店.</summary>
    Kuaishou,

    /// <summary>淘宝.</summary>
    Taobao,

    /// <summary>拼多多.</summary>
    Pinduoduo,
}
