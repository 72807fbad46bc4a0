using TaskBot.Delivery;
using TaskBot.Tasks;

namespace TaskBot.Tests.Delivery;

public sealed class OutboxKeysTests
{
    private static readonly TaskId Id = TaskId.Parse("DB-2026-000123");

    [Fact]
    public void Keys_name_the_message_task_unit_version_and_person_so_the_same_cause_gives_the_same_key()
    {
        Assert.Equal("assign/DB-2026-000123/县财政局/v1/aad-cz", OutboxKeys.Assign(Id, "县财政局", 1, "aad-cz"));
        Assert.Equal("note/DB-2026-000123/v5/aad-leader", OutboxKeys.Note(Id, 5, "aad-leader"));
        Assert.Equal("refresh/DB-2026-000123/县财政局/v6/aad-cz", OutboxKeys.Refresh(Id, "县财政局", 6, "aad-cz"));
        Assert.Equal("nudge/DB-2026-000123/县财政局/overdue/2026-12-02/aad-cz", OutboxKeys.Nudge(Id, "县财政局", "overdue", new DateOnly(2026, 12, 2), "aad-cz"));
        Assert.Equal("status/preview-1", OutboxKeys.DispatchStatus("preview-1"));
        Assert.Equal("县财政局", OutboxKeys.UnitOf(OutboxKeys.Assign(Id, "县财政局", 1, "aad-cz")));
        Assert.Null(OutboxKeys.UnitOf(OutboxKeys.Note(Id, 5, "aad-leader")));
    }
}
