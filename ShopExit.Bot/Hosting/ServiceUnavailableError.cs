using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>503 in the error shape: the store cannot serve the request.</summary>
/// <param name="value">The body.</param>
public sealed class ServiceUnavailableError(ErrorResponse value) : ErrorResult(StatusCodes.Status503ServiceUnavailable, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status503ServiceUnavailable);
}
