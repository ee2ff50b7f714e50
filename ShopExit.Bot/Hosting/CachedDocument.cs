using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ShopExit.Bot.Hosting;

/// <summary>The OpenAPI document as JSON, made on first use and kept (see <see cref="ApiDocument.MapApiDocument"/>).</summary>
/// <param name="services">The application's services (the document provider is keyed by the document's name).</param>
internal sealed class CachedDocument(IServiceProvider services)
{
    private readonly Lock _gate = new();
    private Task<byte[]>? _json;

    /// <summary>The document's JSON (OpenAPI 3.1).</summary>
    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        Task<byte[]> json;
        lock (_gate)
        {
            json = _json ??= Task.Run(RenderAsync, CancellationToken.None);
        }

        try
        {
            return await json.WaitAsync(cancellationToken);
        }
        catch (Exception) when (json.IsFaulted)
        {
            // A failed attempt is not kept: the next request tries again.
            lock (_gate)
            {
                if (_json == json)
                {
                    _json = null;
                }
            }

            throw;
        }
    }

    private async Task<byte[]> RenderAsync()
    {
        var document = await services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiDocument.Name).GetOpenApiDocumentAsync(CancellationToken.None);
        using var stream = new MemoryStream();
        await document.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_1, CancellationToken.None);
        return stream.ToArray();
    }
}
