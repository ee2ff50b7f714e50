using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>403 in the error shape: wrong or expired credentials, another's conversation, an ended conversation.</summary>
/// <param name="value">The body.</param>
public sealed class ForbiddenError(ErrorResponse value) : ErrorResult(StatusCodes.Status403Forbidden, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status403Forbidden);
}
