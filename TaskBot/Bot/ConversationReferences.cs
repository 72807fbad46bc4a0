using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TaskBot.Delivery;
using TaskBot.Storage;

namespace TaskBot.Bot;

/// <summary>
/// Where the bot can write later: a person's personal chat under <c>user:{aadObjectId}</c> (the directory's key, so
/// a directory person maps straight to their chat), a group chat under <c>chat:{id}</c>, a channel under
/// <c>channel:{id}</c>. Stored on install and on every message, in the store so that any instance can use them after
/// a restart. A small in-memory set only skips rewriting a reference that has not changed.
/// </summary>
public sealed class ConversationReferences(IConversationStore store)
{
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, string> lastWritten = new();

    public static string PersonKey(string aadObjectId) => ConversationKeys.Person(aadObjectId);

    public async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        if (key is null) return;
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;   // the conversation, not this message: keeps the stored JSON stable
        var json = JsonConvert.SerializeObject(reference, Formatting.None);
        if (lastWritten.TryGetValue(key, out var previous) && previous == json) return;
        await store.SaveConversationReferenceAsync(key, json, cancellationToken);
        if (lastWritten.Count >= MaxRemembered) lastWritten.Clear();
        lastWritten[key] = json;
    }

    public async Task<ConversationReference?> GetPersonAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var json = await store.GetConversationReferenceAsync(PersonKey(aadObjectId), cancellationToken);
        return json is null ? null : JsonConvert.DeserializeObject<ConversationReference>(json);
    }

    /// <summary>The key of the conversation an activity came from; null when it cannot be told.</summary>
    public static string? KeyOf(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "groupChat" => ConversationKeys.GroupChat(activity.Conversation.Id),
        "channel" => ConversationKeys.Channel(activity.Conversation.Id),
        // Teams marks 1:1 chats "personal"; other channels (the Emulator, Web Chat) leave it empty.
        _ when activity.From?.AadObjectId is { Length: > 0 } aad => PersonKey(aad),
        _ => null,
    };
}
