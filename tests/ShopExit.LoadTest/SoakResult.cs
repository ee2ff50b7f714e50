namespace ShopExit.LoadTest;

/// <summary>What one soak merchant's transcript showed (see <see cref="SoakMerchant.VerifyAsync"/>).</summary>
internal sealed record SoakResult(
    int Acknowledged,
    int Lost,
    int StoredTwice,
    int Unanswered,
    int AnsweredTwice,
    int StreamedTwice,
    int NeverStreamed,
    int Unacknowledged,
    int Reconnects,
    int LateReplies)
{
    /// <summary>The sum of two merchants' counts.</summary>
    public static SoakResult operator +(SoakResult a, SoakResult b) => new(
        a.Acknowledged + b.Acknowledged, a.Lost + b.Lost, a.StoredTwice + b.StoredTwice, a.Unanswered + b.Unanswered,
        a.AnsweredTwice + b.AnsweredTwice, a.StreamedTwice + b.StreamedTwice, a.NeverStreamed + b.NeverStreamed,
        a.Unacknowledged + b.Unacknowledged, a.Reconnects + b.Reconnects, a.LateReplies + b.LateReplies);
}
