namespace ShopExit.Bot.Analysis;

/// <summary>The kinds of personal data the analysis finds and masks.</summary>
public enum PiiCategory
{
    /// <summary>A mainland mobile number (1[3-9] and 9 digits), with or without +86.</summary>
    PhoneNumber,

    /// <summary>An 18-character resident identity card number (居民身份证号码).</summary>
    IdCardNumber,

    /// <summary>A bank card number (16–19 digits, Luhn-valid).</summary>
    BankCardNumber,

    /// <summary>An email address.</summary>
    Email,
}
