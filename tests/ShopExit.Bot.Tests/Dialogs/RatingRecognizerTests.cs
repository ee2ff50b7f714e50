using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Tests.Dialogs;

public class RatingRecognizerTests
{
    [Theory]
    [InlineData("5", 5)]
    [InlineData("５", 5)]
    [InlineData("3分", 3)]
    [InlineData("5星", 5)]
    [InlineData("五星", 5)]
    [InlineData("一星", 1)]
    [InlineData("两颗星", 2)]
    [InlineData("四分", 4)]
    [InlineData("⭐⭐⭐⭐", 4)]
    [InlineData("★★★", 3)]
    [InlineData("十分", 5)]
    [InlineData("满分", 5)]
    [InlineData("非常满意", 5)]
    [InlineData("满意", 4)]
    [InlineData("一般", 3)]
    [InlineData("不满意", 2)]
    [InlineData("非常不满意", 1)]
    [InlineData("很差", 1)]
    [InlineData("5 stars", 5)]
    [InlineData("Very satisfied", 5)]
    [InlineData("good", 4)]
    [InlineData("terrible", 1)]
    public void Read_TheWaysMerchantsRate_GiveTheRating(string text, int rating)
    {
        Assert.Equal(rating, RatingRecognizer.Read(text)?.Rating);
    }

    [Theory]
    [InlineData("什么是仅退款")]
    [InlineData("好的")]
    [InlineData("ok")]
    [InlineData("嗯")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("10")]
    [InlineData("12345")]
    [InlineData("五月份的订单怎么退款")]
    [InlineData("goodbye")]
    [InlineData("5g")]
    [InlineData("差不多吧")]
    public void Read_WhatIsNoRating_IsNone(string text)
    {
        Assert.Null(RatingRecognizer.Read(text));
    }

    [Theory]
    [InlineData("5分，服务很好", 5, "服务很好")]
    [InlineData("非常满意!客服很耐心", 5, "客服很耐心")]
    [InlineData("2 太慢了", 2, "太慢了")]
    [InlineData("4", 4, null)]
    public void Read_WhatFollowsTheRating_IsItsComment(string text, int rating, string? comment)
    {
        Assert.Equal((rating, comment), RatingRecognizer.Read(text));
    }
}
