using System.Text.Json.Nodes;
using TaskBot.Assignments;
using TaskBot.Cards;

namespace TaskBot.Tests.Assignments;

/// <summary>What a leader changes on the preview card is what gets dispatched, clearing a field included.</summary>
public class PreviewEditsTests
{
    static Preview OnePreview() => new()
    {
        Id = "p1",
        IssuerAadObjectId = "aad-leader",
        ReferenceDate = new DateOnly(2026, 11, 26),
        Items =
        [
            new PreviewItem
            {
                SourceText = "县发改局牵头，县财政局配合，月底前完成方案。",
                Lead = ["县发展和改革局"],
                Co = ["县财政局"],
                Deadline = new DateOnly(2026, 11, 30),
                Deliverable = "方案",
                Supervisor = "副县长王强",
            },
        ],
    };

    [Fact]
    public void Unticking_every_co_lead_and_clearing_the_supervisor_dispatches_without_them()
    {
        // Clients leave emptied inputs out of the submitted data altogether.
        var data = new JsonObject
        {
            [CardContract.Inputs.Lead(0)] = "县发展和改革局",
            [CardContract.Inputs.Deadline(0)] = "2026-12-15",
            [CardContract.Inputs.Deliverable(0)] = "资金方案",
        };
        var item = Dispatcher.ApplyEdits(OnePreview(), data).Items.Single();
        Assert.Empty(item.Co);
        Assert.Null(item.Supervisor);
        Assert.Equal(["县发展和改革局"], item.Lead);
        Assert.Equal(new DateOnly(2026, 12, 15), item.Deadline);
        Assert.Equal("资金方案", item.Deliverable);
    }

    [Fact]
    public void A_required_field_left_out_keeps_the_parsed_value()
    {
        var data = new JsonObject { [CardContract.Inputs.Lead(0)] = "县发展和改革局" };
        var item = Dispatcher.ApplyEdits(OnePreview(), data).Items.Single();
        Assert.Equal(new DateOnly(2026, 11, 30), item.Deadline);
        Assert.Equal("方案", item.Deliverable);
    }
}
