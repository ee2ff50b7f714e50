using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Tests.Handoff;

public class ContactRecognizerTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("138-0013-8000", "13800138000")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("我的电话是138 0013 8000，谢谢", "13800138000")]
    [InlineData("name@example.com", "name@example.com")]
    [InlineData("邮箱：li.wei+shop@mail.example.cn。", "li.wei+shop@mail.example.cn")]
    [InlineData("微信 shop_abc1", "shop_abc1")]
    [InlineData("wx: lily2024", "lily2024")]
    [InlineData("shop_abc1", "shop_abc1")]
    public void Find_AWayToReachTheMerchant_IsFoundAndTidied(string text, string contact)
    {
        Assert.Equal(contact, ContactRecognizer.Find(text));
    }

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("没有")]
    [InlineData("好的")]
    [InlineData("12345")]
    [InlineData("订单号 12345678901")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("name@")]
    [InlineData("@example.com")]
    [InlineData("微信 abc")]
    [InlineData("")]
    public void Find_WhatIsNoContact_IsNone(string text)
    {
        Assert.Null(ContactRecognizer.Find(text));
    }
}
