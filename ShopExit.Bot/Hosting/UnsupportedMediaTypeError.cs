using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ShopExit.Bot.Hosting;

/// <summary>415 in the error shape: file uploads are refused.</summary>
/// <param name="value">The body.</param>
public sealed class UnsupportedMediaTypeError(ErrorResponse value) : ErrorResult(StatusCodes.Status415UnsupportedMediaType, value), IEndpointMetadataProvider
{
    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status415UnsupportedMediaType);
}
