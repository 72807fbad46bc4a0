using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace TaskBot.Bot;

/// <summary>
/// The configured authentication, except that connector clients are made once per (app id, service URL, audience)
/// and reused. The SDK builds a new ConnectorClient per turn (new serializer settings and contract resolution, a new
/// HTTP handler): 20–40 ms of CPU each, which caps a stock bot at ~45 replies/s on two cores. Credentials refresh
/// their tokens inside the client, so a cached client stays valid. Proactive sends use the same cache.
/// </summary>
public sealed class CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ServiceUrlPolicy serviceUrls) : BotFrameworkAuthentication
{
    /// <summary>Bounds the cache against many service URLs (only trusted hosts reach it).</summary>
    private const int MaxClients = 256;
    private readonly ServiceUrlPolicy serviceUrls = serviceUrls;
    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Lazy<Task<IConnectorClient>>> clients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Wrap(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private ConnectorFactory Wrap(ConnectorFactory factory, ClaimsIdentity? identity) =>
        new CachingConnectorFactory(factory, identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value, this);

    private sealed class CachingConnectorFactory(ConnectorFactory inner, string? appId, CachingBotFrameworkAuthentication owner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            // Every send (replies and proactive ones) gets its client here: nothing is POSTed to an untrusted host.
            if (!owner.serviceUrls.IsTrusted(serviceUrl))
                throw new UnauthorizedAccessException($"serviceUrl is not in TaskBot:TrustedServiceUrlHosts: {(serviceUrl.Length > 80 ? serviceUrl[..80] : serviceUrl)}");
            var key = (appId, serviceUrl.TrimEnd('/').ToLowerInvariant(), audience);
            if (!owner.clients.ContainsKey(key) && owner.clients.Count >= MaxClients)
                return await inner.CreateAsync(serviceUrl, audience, cancellationToken);   // uncached: disposed after the turn as usual
            var lazy = owner.clients.GetOrAdd(key, _ => new(() => inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));
            try
            {
                return new SharedConnectorClient(await lazy.Value);
            }
            catch
            {
                owner.clients.TryRemove(new KeyValuePair<(string?, string, string?), Lazy<Task<IConnectorClient>>>(key, lazy));
                throw;
            }
        }
    }

    /// <summary>The SDK disposes the turn's connector client at the end of the turn; a shared one must survive that.</summary>
    private sealed class SharedConnectorClient(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => client.BaseUri = value; }
        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;
        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;
        public ServiceClientCredentials Credentials => client.Credentials;
        public IAttachments Attachments => client.Attachments;
        public IConversations Conversations => client.Conversations;
        public void Dispose() { }
    }
}
