using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>413 in the error shape: the body is over the size limit.</summary>
/// <param name="value">The body.</param>
public sealed class PayloadTooLargeError(ErrorResponse value) : ErrorResult(StatusCodes.Status413PayloadTooLarge, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status413PayloadTooLarge);
}
