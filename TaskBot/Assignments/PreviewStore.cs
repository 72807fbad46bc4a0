using System.Text.Json;
using System.Text.Json.Serialization;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>
/// Previews live in the store, not in memory, so the 确认交办 click may reach another instance or come after a
/// restart: documents of kind <c>preview</c>, keyed by the preview id. A preview is gone
/// <see cref="DirectiveOptions.PreviewTtl"/> after it was made (and <see cref="PreviewExpiry"/> deletes it).
/// </summary>
public sealed class PreviewStore(IDocumentStore store, TimeProvider time, Microsoft.Extensions.Options.IOptions<DirectiveOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task SaveAsync(Preview preview, CancellationToken cancellationToken) =>
        store.SaveDocumentAsync(Kind, preview.Id, JsonSerializer.Serialize(preview with { CreatedAt = preview.CreatedAt ?? time.GetUtcNow() }, Json), cancellationToken);

    public async Task<Preview?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        var json = await store.GetDocumentAsync(Kind, id, cancellationToken);
        var preview = json is null ? null : JsonSerializer.Deserialize<Preview>(json, Json);
        return preview is { CreatedAt: { } created } && time.GetUtcNow() - created > options.Value.PreviewTtl ? null : preview;
    }

    /// <summary>Deletes the previews last written more than the TTL ago; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken) =>
        store.DeleteDocumentsWrittenBeforeAsync(Kind, time.GetUtcNow() - options.Value.PreviewTtl, cancellationToken);

    private const string Kind = "preview";
}
