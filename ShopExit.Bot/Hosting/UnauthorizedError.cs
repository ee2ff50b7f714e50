using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>401 in the error shape: no valid agent login (the framework's <c>UnauthorizedHttpResult</c> has no body).</summary>
/// <param name="value">The body.</param>
public sealed class UnauthorizedError(ErrorResponse value) : ErrorResult(StatusCodes.Status401Unauthorized, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status401Unauthorized);
}
