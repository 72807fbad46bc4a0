namespace TaskBot.Delivery;

/// <summary>The keys under which conversation references are stored and messages are addressed, in one place.</summary>
public static class ConversationKeys
{
    /// <summary>A person's personal chat with the bot, by their Entra ID object id (the directory's key).</summary>
    public static string Person(string aadObjectId) => $"user:{aadObjectId}";
    public static string GroupChat(string conversationId) => $"chat:{conversationId}";
    public static string Channel(string conversationId) => $"channel:{conversationId}";

    /// <summary>A configured digest target: a full key as is, a bare id taken as a channel.</summary>
    public static string Configured(string value) =>
        value.StartsWith("channel:") || value.StartsWith("chat:") || value.StartsWith("user:") ? value : Channel(value);
}
