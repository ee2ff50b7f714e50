namespace ShopExit.Bot.Hosting;

/// <summary>
/// Endpoint metadata: the endpoint takes <c>Authorization: Bearer</c> credentials of one scheme.
/// The API checks them itself (Direct Line) or through authentication (the agent API); this says
/// so in the OpenAPI document, where it becomes a security scheme and each operation's requirement.
/// </summary>
/// <param name="Scheme">The scheme's name in the document (<c>directLine</c>, <c>agent</c>).</param>
/// <param name="Description">What the bearer is and where it comes from.</param>
public sealed record ApiBearer(string Scheme, string Description);
