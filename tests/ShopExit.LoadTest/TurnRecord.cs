namespace ShopExit.LoadTest;

/// <summary>
/// One message and its reply: the merchant's turn number (from 1), when the reply came (seconds
/// since the run started), the latency, and, when the reply did not look like the step's, what was
/// said and answered.
/// </summary>
internal readonly record struct TurnRecord(int Merchant, int Turn, double EndSeconds, double LatencyMs, string? Unexpected);
