using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>429 in the error shape: a rate limit was met.</summary>
/// <param name="value">The body.</param>
public sealed class TooManyRequestsError(ErrorResponse value) : ErrorResult(StatusCodes.Status429TooManyRequests, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status429TooManyRequests);
}
