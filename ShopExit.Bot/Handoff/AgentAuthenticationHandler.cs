using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Authenticates agents by their bearer token: the <c>Authorization</c> header, or the
/// <c>access_token</c> query parameter on the SignalR hub (browsers cannot set headers on WebSockets).
/// Failures answer 401/403 in the same error shape as the rest of the API.
/// </summary>
public sealed class AgentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AgentTokenService tokens,
    IAgentStore agents) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "AgentBearer";

    /// <summary>The claim holding the password stamp the token was issued for (a new password changes it).</summary>
    public const string StampClaim = "stamp";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The authentication middleware asks the only scheme about every request. Direct Line and
        // widget requests carry bearer tokens of their own: not agent tokens to check (a store read
        // and a logged failure on every merchant's post).
        if (!Request.Path.StartsWithSegments(AgentApi.ApiPath, StringComparison.Ordinal) && !Request.Path.StartsWithSegments(AgentApi.HubPath, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var header = Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim()
            : Request.Path.StartsWithSegments(AgentApi.HubPath, StringComparison.Ordinal) ? Request.Query["access_token"].ToString()
            : string.Empty;
        if (token.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        // The role and the account come from the store on every request, not from the token: a
        // demoted supervisor or a changed password takes effect at once.
        if (tokens.Validate(token) is not { } claims
            || await agents.FindAsync(claims.Username, Context.RequestAborted) is not { } agent
            || PasswordHasher.Stamp(agent.PasswordHash) != claims.Stamp)
        {
            return AuthenticateResult.Fail("invalid or expired agent token");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, agent.Username), new Claim(ClaimTypes.Role, agent.Role), new Claim("display_name", agent.DisplayName), new Claim(StampClaim, claims.Stamp)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Log in first: POST /api/agent/token, then send Authorization: Bearer <token>.").ExecuteAsync(Context);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Your role does not allow this.").ExecuteAsync(Context);
}
