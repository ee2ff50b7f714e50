using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Tests.Handoff;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("        ", "8 characters")]
    [InlineData("12345678", "8 characters")]
    [InlineData("short-1", "7 characters")]
    [InlineData("🔑🔑🔑🔑🔑🔑a1", "8 characters")] // 14 UTF-16 code units, 8 characters
    [InlineData("            ", "only spaces")]
    [InlineData("\t \u3000         ", "only spaces")]
    [InlineData("aaaaaaaaaaaa", "one character repeated")]
    [InlineData("............", "one character repeated")]
    [InlineData("123456789012", "only digits")]
    [InlineData("1234 5678 9012", "only digits")]
    [InlineData("abcdefghijkl", "only letters")]
    [InlineData(" abcdefghijkl ", "only letters")]
    [InlineData("客服密码客服密码客服密码", "only letters")]
    [InlineData("!@#$%^&*()_+", "only symbols")]
    [InlineData("password1234", "common passwords")]
    [InlineData("Password1234", "common passwords")]
    [InlineData("qwertyuiop12", "common passwords")]
    [InlineData("admin1234567", "common passwords")]
    [InlineData("1qaz2wsx3edc", "common passwords")]
    public void Problem_WeakPassword_SaysWhy(string password, string reason)
    {
        Assert.Contains(reason, PasswordPolicy.Problem(password), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent-password-1")]
    [InlineData("correct horse battery")]
    [InlineData("a brand new password")]
    [InlineData("load-password")]
    [InlineData("客服小李的登录密码2026")]
    [InlineData("Tr0ub4dor&3x")]
    public void Problem_GoodPassword_IsNone(string password)
    {
        Assert.Null(PasswordPolicy.Problem(password));
    }
}
