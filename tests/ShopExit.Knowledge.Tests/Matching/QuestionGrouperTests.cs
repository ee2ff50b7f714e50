using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Tests.Matching;

public class QuestionGrouperTests
{
    [Fact]
    public void Group_SimilarQuestions_AreGroupedMostFrequentFirst()
    {
        string[] questions =
        [
            "开店保证金要交多少", "直播间怎么开", "开店保证金要交多少钱", "开店要交多少保证金", "开店保证金要交多少",
        ];

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal(2, groups.Count);
        Assert.Equal(4, groups[0].Questions.Count);
        Assert.Equal("开店保证金要交多少", groups[0].Representative);
        Assert.Equal("直播间怎么开", Assert.Single(groups[1].Questions));
    }

    [Fact]
    public void Group_Nothing_IsEmpty()
    {
        Assert.Empty(QuestionGrouper.Group([]));
    }
}
