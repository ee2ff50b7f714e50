using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The OpenAPI document of the HTTP APIs at <c>/openapi/v1.json</c>, generated from the endpoints'
/// typed results and records, so it cannot drift from what they answer. Served without
/// credentials, like any API description: it holds no data and no secret, and the calls it
/// describes check their own credentials.
/// </summary>
public static class ApiDocument
{
    /// <summary>The document's name (its path is <c>/openapi/{name}.json</c>).</summary>
    public const string Name = "v1";

    /// <summary>Where it is served.</summary>
    public const string Path = "/openapi/" + Name + ".json";

    /// <summary>Registers the document and the transformers that complete it.</summary>
    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(Name, options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ShopExit",
                    Version = Name,
                    Description = "Direct Line 3.0 (the merchant's chat), the widget token and the agent API. Errors are {\"error\":{\"code\",\"message\"}}.",
                };
                foreach (var bearer in context.DescriptionGroups.SelectMany(g => g.Items).SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<ApiBearer>()).DistinctBy(b => b.Scheme))
                {
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                    document.Components.SecuritySchemes[bearer.Scheme] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = bearer.Description };
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<ApiBearer>().LastOrDefault() is { } bearer)
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(bearer.Scheme, context.Document)] = [] });
                }

                if (metadata.OfType<ApiRequestBody>().LastOrDefault() is { } body)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = body.Required,
                        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                        {
                            ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, cancellationToken: cancellationToken) },
                        },
                    };
                }
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                Complete(schema, context);
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>
    /// Serves it. Generating it takes 30–100 ms of CPU (measured on this machine, each time
    /// MapOpenApi is asked), and it cannot change while the process runs: it is made once and
    /// then served from memory, so an anonymous endpoint is no way to keep the two cores busy.
    /// It is made without a request, so it names no server and is the same whatever the host.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        var cached = new CachedDocument(app.Services);
        app.MapGet(Path, async (CancellationToken cancellationToken) => TypedResults.Bytes(await cached.GetAsync(cancellationToken), "application/json;charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Declares an error every endpoint of a group may answer (authentication's 401, a store
    /// fault's 503), in the error shape: what <c>Produces</c> does for one endpoint.
    /// </summary>
    public static TBuilder ProducesError<TBuilder>(this TBuilder builder, int statusCode)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(statusCode, typeof(ErrorResponse), ["application/json"]));

    private static void Complete(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        // Times are written by our own converter (UTC, ending in Z), which the schema generator
        // cannot look into: it knows the format but not that it is a string.
        if (underlying == typeof(DateTimeOffset) && schema.Type is null)
        {
            schema.Type = underlying == type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
        }

        // The wire enums are written as their names (WireEnumConverter): say they are strings.
        if (underlying.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }

        var values = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(WireValuesAttribute), inherit: false).OfType<WireValuesAttribute>().FirstOrDefault()
            ?? (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<WireValuesAttribute>();
        if (values is not null)
        {
            schema.Enum = [.. values.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
    }
}
