namespace ShopExit.Knowledge.Flows;

/// <summary>Where an answered step leaves its item in the walkthrough's summary.</summary>
public enum FlowItemStatus
{
    /// <summary>Done (✅).</summary>
    Done,

    /// <summary>Still to do (⬜), with what to do.</summary>
    Todo,

    /// <summary>Blocked (⛔): the walkthrough waits until the merchant says it is resolved.</summary>
    Blocked,
}
