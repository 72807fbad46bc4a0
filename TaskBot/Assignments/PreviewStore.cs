using System.Text.Json;
using System.Text.Json.Serialization;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>
/// Previews live in the store, not in memory, so the 确认交办 click may reach another instance or come after a
/// restart. The storage layer has no keyed-document table yet, so they ride on the conversation store's opaque
/// JSON-by-key, under <c>preview:{id}</c>.
/// </summary>
public sealed class PreviewStore(IConversationStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task SaveAsync(Preview preview, CancellationToken cancellationToken) =>
        store.SaveConversationReferenceAsync(Key(preview.Id), JsonSerializer.Serialize(preview, Json), cancellationToken);

    public async Task<Preview?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        var json = await store.GetConversationReferenceAsync(Key(id), cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<Preview>(json, Json);
    }

    private static string Key(string id) => $"preview:{id}";
}
