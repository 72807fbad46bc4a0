using System.Text.Json;
using System.Text.Json.Serialization;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>
/// Previews live in the store, not in memory, so the 确认交办 click may reach another instance or come after a
/// restart: documents of kind <c>preview</c>, keyed by the preview id.
/// </summary>
public sealed class PreviewStore(IDocumentStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task SaveAsync(Preview preview, CancellationToken cancellationToken) =>
        store.SaveDocumentAsync(Kind, preview.Id, JsonSerializer.Serialize(preview, Json), cancellationToken);

    public async Task<Preview?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        var json = await store.GetDocumentAsync(Kind, id, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<Preview>(json, Json);
    }

    private const string Kind = "preview";
}
