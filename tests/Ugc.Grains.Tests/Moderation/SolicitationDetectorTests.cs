using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class SolicitationDetectorTests
{
    [Theory]
    [InlineData("write me at John.Doe+deals@Example.co.uk today", SolicitationKind.Email, false)]
    [InlineData("contact jane77 at gmail dot com for a discount", SolicitationKind.Email, true)]
    [InlineData("mail bob (at) shop-deals [dot] net", SolicitationKind.Email, true)]
    [InlineData("reach me: john.doe at yahoo", SolicitationKind.Email, true)]
    [InlineData("call (555) 123-4567 now", SolicitationKind.Phone, false)]
    [InlineData("call 555.123.4567", SolicitationKind.Phone, false)]
    [InlineData("call +1 555 123 4567", SolicitationKind.Phone, false)]
    [InlineData("whatsapp +44 20 7946 0958", SolicitationKind.Phone, false)]
    [InlineData("ring +49 (0)30 1234 5678", SolicitationKind.Phone, false)]
    [InlineData("text 555-1234", SolicitationKind.Phone, false)]
    [InlineData("see https://deals.example.com/x?y=1.", SolicitationKind.Url, false)]
    [InlineData("go to www.cheap-stuff.biz", SolicitationKind.Url, false)]
    [InlineData("h t t p : / / spam", SolicitationKind.Url, true)]
    [InlineData("hxxp://evil", SolicitationKind.Url, true)]
    [InlineData("www dot cheapdeals dot com", SolicitationKind.Url, true)]
    [InlineData("buy at example.com!", SolicitationKind.Domain, false)]
    [InlineData("bit.ly/abc", SolicitationKind.Domain, false)]
    [InlineData("find us on cheapdeals dot com", SolicitationKind.Domain, true)]
    [InlineData("visit cheapdeals (dot) net", SolicitationKind.Domain, true)]
    public void Finds_contact_details(string text, SolicitationKind kind, bool obfuscated)
    {
        var finding = Assert.Single(SolicitationDetector.Detect(text));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(obfuscated, finding.Obfuscated);
    }

    [Theory]
    [InlineData("Great blender, 5 stars. Bought it at Target for $49.99 on 2024-05-12 14:30.")]
    [InlineData("I looked at yahoo answers and at gmail's help page, e.g. the FAQ.")]
    [InlineData("Works great.It lasted 10 years, model 1234.")]
    [InlineData("Battery lasts 8-10 hours, 1.5 kg, 12/05/2023 delivery.")]
    [InlineData("I emailed customer service and they called me back within a day.")]
    public void Ordinary_reviews_have_no_findings(string text) =>
        Assert.Empty(SolicitationDetector.Detect(text));

    [Fact]
    public void An_email_is_not_also_reported_as_a_domain()
    {
        var findings = SolicitationDetector.Detect("me@site.com or call 212-555-0199, see site.org");
        Assert.Equal([SolicitationKind.Email, SolicitationKind.Phone, SolicitationKind.Domain], findings.Select(f => f.Kind));
    }

    [Fact]
    public void Hostile_input_neither_throws_nor_finds_nonsense()
    {
        string[] hostile =
        [
            new string('a', 50_000),
            string.Concat(Enumerable.Repeat("a.", 20_000)),
            string.Concat(Enumerable.Repeat("1 ", 20_000)),
            string.Concat(Enumerable.Repeat("x at ", 10_000)),
            string.Concat(Enumerable.Repeat("h t ", 10_000)),
        ];

        foreach (var text in hostile)
        {
            Assert.DoesNotContain(SolicitationDetector.Detect(text), f => f.Kind == SolicitationKind.Email);
        }
    }
}
