namespace ShopExit.Bot.Hosting;

/// <summary>
/// The values a text property or parameter accepts, for the OpenAPI document (an enum there). Used
/// where the value stays text on the way in, so that an unknown one gets the API's own 400 rather
/// than the JSON binder's; the endpoint checks the values itself.
/// </summary>
/// <param name="values">The accepted values (wire names).</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireValuesAttribute(params string[] values) : Attribute
{
    /// <summary>The accepted values.</summary>
    public IReadOnlyList<string> Values { get; } = values;
}
