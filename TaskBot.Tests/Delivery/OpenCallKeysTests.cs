using TaskBot.Delivery;
using TaskBot.Storage;

namespace TaskBot.Tests.Delivery;

/// <summary>The open-call key builders: one message per cause, and kinds the renderers know.</summary>
public sealed class OpenCallKeysTests
{
    [Fact]
    public void Each_cause_has_its_own_key_and_the_drawn_kinds_are_the_renderers()
    {
        var keys = new[]
        {
            OutboxKeys.CallBoard("JB-2026-000001", "channel"), OutboxKeys.CallBoard("JB-2026-000001", "aad-1"),
            OutboxKeys.CallBoardUpdate("JB-2026-000001", 3, "channel"), OutboxKeys.CallBoardUpdate("JB-2026-000001", 4, "channel"),
            OutboxKeys.CallChoice("JB-2026-000001", 1, "aad-leader"), OutboxKeys.CallChoice("JB-2026-000001", 2, "aad-leader"),
            OutboxKeys.CallThanks("JB-2026-000001", "县财政局", "aad-cz"), OutboxKeys.CallThanks("JB-2026-000001", "person:aad-x", "aad-x"),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
        // The same cause again gives the same key: recorded twice, sent once.
        Assert.Equal(OutboxKeys.CallChoice("JB-2026-000001", 1, "aad-leader"), keys[4]);
        OutboxIntent Of(string key) => new() { Key = key, Partition = OutboxKeys.CallPartition("JB-2026-000001"), ConversationKey = "user:x", Summary = "", DueAt = DateTimeOffset.UnixEpoch };
        Assert.Equal(["callboard", "callboard", "callboardupd", "callboardupd", "callchoice", "callchoice", "callthanks", "callthanks"], keys.Select(k => Of(k).Kind));
        Assert.Equal("call|JB-2026-000001", OutboxKeys.CallPartition("JB-2026-000001"));
    }
}
