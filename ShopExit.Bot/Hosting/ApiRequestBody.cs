namespace ShopExit.Bot.Hosting;

/// <summary>
/// Endpoint metadata for the OpenAPI document: the JSON body an endpoint reads by hand (Direct
/// Line's <c>RequestBody</c>, so every mistake is a Direct Line error). Not <c>Accepts</c>: that
/// also makes routing refuse other content types with a bare 415, which clients never got before.
/// </summary>
/// <param name="Type">The body's type.</param>
/// <param name="Required">Whether a body must be sent.</param>
public sealed record ApiRequestBody(Type Type, bool Required);
