using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Tests.Analysis;

public class PiiDetectorTests
{
    [Theory]
    [InlineData("我的手机13812345678", 4, 11)]
    [InlineData("手机号 138 1234 5678 谢谢", 4, 13)]
    [InlineData("电话：138-1234-5678。", 3, 13)]
    [InlineData("+86 138 1234 5678", 0, 17)]
    [InlineData("电话+86-13912345678", 2, 15)]
    [InlineData("8613812345678", 0, 13)]
    [InlineData("call me at +8619912345678", 11, 14)]
    [InlineData("手机１３８１２３４５６７８", 2, 11)]
    [InlineData("＋８６　１３８　１２３４　５６７８", 0, 17)]
    public void Find_MobileNumber_IsPhoneAtItsOriginalOffset(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.PhoneNumber, offset, length), found);
    }

    [Theory]
    [InlineData("订单号20231112345")]
    [InlineData("12812345678")]
    [InlineData("10012345678")]
    [InlineData("138123456789")]
    [InlineData("物流单号 1381234567890")]
    [InlineData("1381234567")]
    [InlineData("金额 1380.00 元")]
    public void Find_NumberThatIsNoMobile_FindsNothing(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Theory]
    [InlineData("电话138.1234.5678", 2, 13)]
    [InlineData("电话138/1234/5678", 2, 13)]
    [InlineData("电话 138  1234  5678 谢谢", 3, 15)]
    [InlineData("电话1381234 5678", 2, 12)]
    [InlineData("电话 138 - 1234 - 5678", 3, 17)]
    [InlineData("电话138–1234–5678", 2, 13)]
    [InlineData("电话１３８．１２３４．５６７８", 2, 13)]
    [InlineData("电话１３８／１２３４／５６７８", 2, 13)]
    [InlineData("电话138　　1234　　5678", 2, 15)]
    [InlineData("+86 138.1234.5678", 0, 17)]
    public void Find_MobileNumberWithOtherSeparators_IsPhone(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.PhoneNumber, offset, length), found);
    }

    [Theory]
    [InlineData('\u200B')] // zero-width space
    [InlineData('\u200C')] // zero-width non-joiner
    [InlineData('\u200D')] // zero-width joiner
    [InlineData('\u2060')] // word joiner
    [InlineData('\uFEFF')] // zero-width no-break space (byte-order mark)
    public void Find_DigitsSeparatedByInvisibleCharacters_IsPhoneCoveringThem(char invisible)
    {
        var everyDigit = "电话" + string.Join(invisible, "13812345678".ToCharArray()) + "谢谢";
        var groups = "电话138" + invisible + "1234" + invisible + "5678";
        var mixed = "电话138" + invisible + " 1234" + invisible + invisible + "-5678";

        foreach (var text in new[] { everyDigit, groups, mixed })
        {
            var found = Assert.Single(PiiDetector.Find(text));
            Assert.Equal(PiiCategory.PhoneNumber, found.Category);
            Assert.Equal(2, found.Offset);
            Assert.Equal(text.LastIndexOf('8') + 1, found.End);
        }
    }

    [Fact]
    public void Find_InvisibleCharactersInsideACardOrEmail_FindThemWhole()
    {
        const string card = "卡号6222\u200B0212\u200B3456\u200B7890\u200B128";
        const string email = "邮箱li\u200B.ming@exam\u2060ple.com";

        Assert.Equal([new PiiEntity(PiiCategory.BankCardNumber, 2, 23)], PiiDetector.Find(card));
        Assert.Equal([new PiiEntity(PiiCategory.Email, 2, 21)], PiiDetector.Find(email));
    }

    [Theory]
    [InlineData("订单号1381234567")] // an order id of 10 digits
    [InlineData("订单号 138.1234.567")]
    [InlineData("订单号 138/1234/567")]
    [InlineData("138  1234  567")]
    [InlineData("1381234 567")]
    [InlineData("1381234 56789")]
    [InlineData("138.1234.56789")]
    [InlineData("订单号\u200B1381234567")]
    [InlineData("1\u200B3\u200B8\u200B1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7")]
    [InlineData("138123456789\u200B0")]
    [InlineData("日期 2023/11/12 13:38")]
    [InlineData("地址 192.168.138.1")]
    [InlineData("金额 138.12 元，数量 1234")]
    [InlineData("版本 1.3.8.1234.5678")]
    [InlineData("138 -- 1234 -- 5678")] // two joiners: not one number
    public void Find_NearMissOfTheNewShapes_FindsNothing(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Fact]
    public void Find_TwoPhonesSeparatedBySpace_FindsBoth()
    {
        var found = PiiDetector.Find("13812345678 13912345678");

        Assert.Equal([new PiiEntity(PiiCategory.PhoneNumber, 0, 11), new PiiEntity(PiiCategory.PhoneNumber, 12, 11)], found);
    }

    [Theory]
    [InlineData("身份证11010519491231002X", 3, 18)]
    [InlineData("身份证号：11010519491231002x，谢谢", 5, 18)]
    [InlineData("110105199003071239", 0, 18)]
    [InlineData("ID 110105 19900307 1239", 3, 20)]
    [InlineData("身份证１１０１０５１９９００３０７１２３９", 3, 18)]
    public void Find_ValidIdNumber_IsIdCardNumber(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.IdCardNumber, offset, length), found);
    }

    [Theory]
    [InlineData("110105199003071234")] // check digit should be 9
    [InlineData("110105199003071238")]
    [InlineData("110105199002301231")] // right check digit, but born on 30 February
    [InlineData("990105199003071239")] // no province 99
    [InlineData("1110105199003071239")] // the ID inside a 19-digit run
    [InlineData("911010519491231002X")]
    public void Find_InvalidOrEmbeddedIdNumber_FindsNothing(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Theory]
    [InlineData("卡号6222021234567890128", 2, 19)]
    [InlineData("退到这张卡 6222 0212 3456 7890 128 吧", 6, 23)]
    [InlineData("4111 1111 1111 1111", 0, 19)]
    [InlineData("4111-1111-1111-1111", 0, 19)]
    [InlineData("6228480012345671", 0, 16)]
    [InlineData("银行卡６２２２０２１２３４５６７８９０１２８", 3, 19)]
    [InlineData("退款到卡 6912345678901234564", 5, 19)]
    public void Find_LuhnValidCard_IsBankCardNumber(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.BankCardNumber, offset, length), found);
    }

    [Theory]
    [InlineData("订单号6222021234567890128是我的银行卡", 3, 19)]
    [InlineData("订单号6222021234567890128是卡号", 3, 19)]
    [InlineData("order 6222021234567890128 card", 6, 19)]
    [InlineData("订单号 6222021234567890128 是我的银行卡", 4, 19)]
    public void Find_CardGluedToTextThatNamesACard_IsBankCardNumber(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.BankCardNumber, offset, length), found);
    }

    [Theory]
    [InlineData("订单号6912345678901234564卡住了")] // 卡 after the number is the verb, not a card
    [InlineData("订单号6912345678901234564一直卡在待发货")]
    [InlineData("订单号6912345678901234564，退款到银行卡了吗")] // the card is in the next clause
    public void Find_OrderNumberFollowedByOtherWords_StaysAnOrder(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Theory]
    [InlineData("6222021234567890127")] // Luhn fails
    [InlineData("4111 1111 1111 1112")]
    [InlineData("622202123456789012801")] // 21 digits
    [InlineData("62220 21234 56789 0128")] // not grouped in fours
    [InlineData("订单号：6912345678901234564")] // a Douyin order number that happens to pass Luhn
    [InlineData("order 6912345678901234564")]
    public void Find_NumberThatIsNoCard_FindsNothing(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Theory]
    [InlineData("邮箱 li.ming@example.com 谢谢", 3, 19)]
    [InlineData("邮箱abc@qq.com谢谢", 2, 10)]
    [InlineData("mail: first.last+shop@mail.example.com.cn", 6, 35)]
    [InlineData("联系我：ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ", 4, 15)]
    [InlineData("13812345678@qq.com", 0, 18)]
    public void Find_EmailAddress_IsEmail(string text, int offset, int length)
    {
        var found = Assert.Single(PiiDetector.Find(text));

        Assert.Equal(new PiiEntity(PiiCategory.Email, offset, length), found);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("@抖店客服")]
    [InlineData("price 3x4")]
    [InlineData("")]
    public void Find_NoPersonalData_FindsNothing(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Fact]
    public void Find_AfterEmojiAndExpandingCharacters_OffsetsPointIntoTheOriginal()
    {
        // 👍 is two UTF-16 code units; ㈠ becomes three characters under NFKC.
        const string text = "👍👍 ㈠ 电话13812345678 ㈡ 邮箱ａ＠ｂ．ｃｏｍ";

        var found = PiiDetector.Find(text);

        Assert.Equal(2, found.Count);
        Assert.Equal("13812345678", text.Substring(found[0].Offset, found[0].Length));
        Assert.Equal("ａ＠ｂ．ｃｏｍ", text.Substring(found[1].Offset, found[1].Length));
    }

    [Fact]
    public void Find_MessageWithEverything_FindsAllInOrder()
    {
        const string text = "我叫李明，身份证11010519491231002X，手机138 1234 5678，卡号6222021234567890128，邮箱li@example.com";

        var found = PiiDetector.Find(text);

        Assert.Equal(
            [PiiCategory.IdCardNumber, PiiCategory.PhoneNumber, PiiCategory.BankCardNumber, PiiCategory.Email],
            found.Select(e => e.Category));
        Assert.Equal(
            ["11010519491231002X", "138 1234 5678", "6222021234567890128", "li@example.com"],
            found.Select(e => text.Substring(e.Offset, e.Length)));
    }

    [Theory]
    [InlineData("1\u200B")]
    [InlineData("1.")]
    [InlineData("12  -  ")]
    [InlineData("1381234 ")]
    [InlineData("订单号6222021234567890128")]
    public void Find_64KilobytesOfOneShapeWithoutSpaces_AnswersQuickly(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, (64 * 1024 / piece.Length) + 1)) + "是我的银行卡13812345678";

        var started = System.Diagnostics.Stopwatch.StartNew();
        PiiDetector.Find(text);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"took {started.Elapsed}");
    }

    [Fact]
    public void Find_HugeText_AnswersQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("1234 5678 aaaa@bbbb 9999-", 10_000)) + "13812345678";

        var started = System.Diagnostics.Stopwatch.StartNew();
        var found = PiiDetector.Find(text);

        Assert.Contains(found, e => e.Category == PiiCategory.PhoneNumber);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
    }
}
