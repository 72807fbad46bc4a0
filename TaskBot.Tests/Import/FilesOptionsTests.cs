using TaskBot.Import;

namespace TaskBot.Tests.Import;

public sealed class FilesOptionsTests
{
    [Theory]
    [InlineData("https://contoso.sharepoint.com/personal/a/b.xlsx", true)]
    [InlineData("https://contoso-my.sharepoint.cn/x", true)]
    [InlineData("http://contoso.sharepoint.com/x", false)]          // https only
    [InlineData("https://sharepoint.com.evil.cn/x", false)]
    [InlineData("https://evilsharepoint.com/x", false)]
    [InlineData("http://127.0.0.1:5000/files/a", false)]            // loopback only when listed
    [InlineData("ftp://contoso.sharepoint.com/x", false)]
    public void Only_https_to_an_allowed_host_is_fetched(string url, bool allowed) =>
        Assert.Equal(allowed, new FilesOptions().Allows(new Uri(url)));

    [Fact]
    public void A_listed_loopback_host_may_be_plain_http_for_tests()
    {
        var o = new FilesOptions { AllowedHosts = ["127.0.0.1"] };
        Assert.True(o.Allows(new Uri("http://127.0.0.1:5000/files/a")));
        Assert.False(o.Allows(new Uri("https://contoso.sharepoint.com/x")));
    }

    [Theory]
    [InlineData(new[] { "*" }, 4_194_304L, "AllowedHosts")]
    [InlineData(new string[0], 4_194_304L, "AllowedHosts")]
    [InlineData(new[] { "https://x.com/" }, 4_194_304L, "AllowedHosts")]
    [InlineData(new[] { "*.sharepoint.com" }, 10L, "MaxBytes")]
    public void Bad_settings_are_named_at_start(string[] hosts, long maxBytes, string key)
    {
        var result = new FilesOptionsValidator().Validate(null, new FilesOptions { AllowedHosts = hosts, MaxBytes = maxBytes });
        Assert.True(result.Failed);
        Assert.Contains($"TaskBot:Files:{key}", result.FailureMessage);
    }
}
