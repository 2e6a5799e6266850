using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public sealed class RecentTextMemoTests
{
    [Fact]
    public void A_text_seen_recently_is_answered_from_memory_by_its_content_not_its_instance()
    {
        var computed = new List<string>();
        var memo = new RecentTextMemo<string>(16, text => { computed.Add(text); return text.ToUpperInvariant(); });
        var first = memo.Get("Great skates, fast delivery");
        var again = memo.Get(string.Concat("Great skates, ", "fast delivery"));

        Assert.Same(first, again);
        Assert.Equal(["Great skates, fast delivery"], computed);
        Assert.Equal("OTHER", memo.Get("other"));
        Assert.Equal(2, computed.Count);
    }

    [Fact]
    public void A_newer_text_in_the_same_slot_replaces_the_older_so_memory_stays_bounded()
    {
        var computed = 0;
        var memo = new RecentTextMemo<string>(1, text => { computed++; return text + "!"; });
        Assert.Equal("a!", memo.Get("a"));
        Assert.Equal("b!", memo.Get("b"));
        Assert.Equal("a!", memo.Get("a"));
        Assert.Equal(3, computed);
    }

    [Fact]
    public void A_failed_computation_is_not_remembered()
    {
        var calls = 0;
        var memo = new RecentTextMemo<string>(4, text => ++calls == 1 ? throw new TimeoutException("hostile") : text);
        Assert.Throws<TimeoutException>(() => memo.Get("x"));
        Assert.Equal("x", memo.Get("x"));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Tokenizing_and_detecting_the_same_text_twice_give_the_same_results_as_a_fresh_analysis()
    {
        const string text = "Call me at 555-123-4567 or write to j.doe77 at gmail, the f*ck1ng best skates";
        var tokens = TextNormalizer.Tokenize(text);
        var findings = SolicitationDetector.Detect(text);

        Assert.Same(tokens, TextNormalizer.Tokenize(new string(text.AsSpan())));
        Assert.Same(findings, SolicitationDetector.Detect(new string(text.AsSpan())));
        Assert.True(((ICollection<NormalizedToken>)tokens).IsReadOnly, "a shared result must not be changeable by one of its callers");
        Assert.True(((ICollection<SolicitationFinding>)findings).IsReadOnly, "a shared result must not be changeable by one of its callers");
        Assert.Contains(findings, f => f.Kind == SolicitationKind.Phone);
        Assert.Contains(findings, f => f.Kind == SolicitationKind.Email && f.Obfuscated);
        Assert.Equal(TextNormalizer.Normalize(text + " "), string.Join(' ', tokens.Select(t => t.Text)));
    }
}
