using ShopExit.Knowledge;

namespace ShopExit.Benchmarks;

/// <summary>The shipped FAQ and the queries the benchmarks and the probe run against it.</summary>
public static class BenchmarkData
{
    /// <summary>How many queries <see cref="ShippedQueries"/> has (a constant for OperationsPerInvoke).</summary>
    public const int ShippedQueryCount = 20;

    private static readonly Lazy<KnowledgeBase> Shipped = new(LoadShipped);

    /// <summary>
    /// Realistic merchant messages (from the public evaluation set, so none is a phrasing verbatim):
    /// 14 Chinese — long and short, colloquial, traditional characters, platform names, two off-topic —
    /// and 6 English, one off-topic.
    /// </summary>
    public static IReadOnlyList<string> ShippedQueries { get; } =
    [
        "店铺注销了以后还能再开回来吗",
        "保证金退款进度在哪看",
        "都过了7个工作日了保证金还没到账是咋回事",
        "急用钱，保证金能加急退吗",
        "保证金申请被驳回了，改完还能再申请吗",
        "关店对信用记录有没有影响",
        "还有几单没发货，能直接注销吗，要先处理完吗",
        "淘宝店铺注销后商品和交易记录还在吗，能不能恢复",
        "快手小店一直显示注销中，要怎么确认已经关掉了",
        "拼夕夕店铺怎么注销",
        "我想问一下啊，那个，店铺不想做了，注销的话要怎么弄，能不能一步一步教我一下呗",
        "淘宝生意参谋的数据怎么看",
        "怎么设置优惠券",
        "關店之後還能重新開嗎",
        "Can I get my order history back after the shop is closed?",
        "How do I check the status of my deposit refund application?",
        "Deposit refund was declined, can I reapply?",
        "How can I get more good reviews?",
        "I want to file a complaint.",
        "How do I set up shipping templates?",
    ];

    /// <summary>The repository root (the folder holding ShopExit.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shipped FAQ folder; <c>SHOPEXIT_FAQ_DIR</c> overrides it.</summary>
    public static string FaqDirectory =>
        Environment.GetEnvironmentVariable("SHOPEXIT_FAQ_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryRoot, "faq");

    /// <summary>The public evaluation questions, if the file is there.</summary>
    public static IReadOnlyList<string> EvalQuestions()
    {
        var path = Path.Combine(RepositoryRoot, "tests", "ShopExit.Knowledge.Tests", "Eval", "public-cases.tsv");
        return File.Exists(path)
            ? File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 2).Select(f => f[1]).ToList()
            : [];
    }

    /// <summary>The shipped knowledge base, loaded once per process.</summary>
    public static KnowledgeBase ShippedKnowledge() => Shipped.Value;

    private static KnowledgeBase LoadShipped()
    {
        var (knowledge, problems) = KnowledgeBase.Load(FaqDirectory);
        return knowledge ?? throw new InvalidOperationException(
            "the shipped FAQ does not load: " + string.Join("; ", problems.Select(p => p.ToString())));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopExit.sln")))
            {
                return dir.FullName;
            }
        }

        // BenchmarkDotNet runs a generated copy of this program; the working directory is a second guess.
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopExit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ShopExit.sln not found above " + AppContext.BaseDirectory + "; set SHOPEXIT_FAQ_DIR");
    }
}
