using TaskBot.Assignments.OpenCalls;

namespace TaskBot.Tests.OpenCalls;

public sealed class OpenCallOptionsTests
{
    [Theory]
    [InlineData("24:00", "00:00:15", null)]
    [InlineData("17:30", "00:00:00", null)]              // redraw at once: allowed, the applicant's view may vanish
    [InlineData("25:00", "00:00:15", "SignUpClosesAt")]
    [InlineData("24:00", "-00:00:01", "CountRedrawDelay")]
    [InlineData("24:00", "02:00:00", "CountRedrawDelay")]
    public void Bad_settings_are_named_at_start(string closesAt, string delay, string? key)
    {
        var result = new OpenCallOptionsValidator().Validate(null, new OpenCallOptions { SignUpClosesAt = closesAt, CountRedrawDelay = TimeSpan.Parse(delay) });
        Assert.Equal(key is not null, result.Failed);
        if (key is not null) Assert.Contains($"TaskBot:OpenCalls:{key}", result.FailureMessage);
    }

    [Fact]
    public void By_default_the_applicant_count_waits_long_enough_to_read_the_confirmation() =>
        Assert.InRange(new OpenCallOptions().CountRedrawDelay, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));
}
