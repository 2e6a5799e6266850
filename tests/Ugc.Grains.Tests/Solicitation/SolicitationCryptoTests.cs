using Microsoft.Extensions.Options;
using Ugc.Grains.Solicitation;

namespace Ugc.Grains.Tests.Solicitation;

public sealed class SolicitationCryptoTests
{
    private static readonly SolicitationKeys Keys = SolicitationKeys.FromBase64(SolicitationKeys.NewSecret());
    private static readonly SolicitationLinks Links = new(Keys, Microsoft.Extensions.Options.Options.Create(new SolicitationOptions { PublicBaseUrl = "https://reviews.example/" }));
    private static readonly LinkToken Token = new(LinkKind.Review, "acme", "o-1", "kettle", "0123456789abcdef0123456789abcdef", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000));

    [Fact]
    public void Sealed_data_opens_only_for_its_owner_and_never_shows_the_plaintext()
    {
        var protector = new PersonalDataProtector(Keys);
        var sealedText = protector.Seal("ada@shop.example", "acme/o-1");
        Assert.DoesNotContain("ada", sealedText, StringComparison.Ordinal);
        Assert.NotEqual(sealedText, protector.Seal("ada@shop.example", "acme/o-1"));
        Assert.Equal("ada@shop.example", protector.Open(sealedText, "acme/o-1"));
        Assert.Null(protector.Open(sealedText, "acme/o-2"));
        Assert.Null(new PersonalDataProtector(SolicitationKeys.FromBase64(SolicitationKeys.NewSecret())).Open(sealedText, "acme/o-1"));
        var tampered = sealedText[..^4] + (sealedText[^4] == 'A' ? "B" : "A") + sealedText[^3..];
        Assert.Null(protector.Open(tampered, "acme/o-1"));
    }

    [Fact]
    public void A_pseudonym_is_stable_per_client_and_address_in_any_case()
    {
        var protector = new PersonalDataProtector(Keys);
        Assert.Equal(protector.Pseudonym("acme", "Ada@Shop.example "), protector.Pseudonym("acme", "ada@shop.example"));
        Assert.NotEqual(protector.Pseudonym("acme", "ada@shop.example"), protector.Pseudonym("other", "ada@shop.example"));
        Assert.Equal(32, protector.Pseudonym("acme", "ada@shop.example").Length);
    }

    [Fact]
    public void A_signed_link_reads_back_and_any_change_breaks_it()
    {
        var signed = Links.Sign(Token);
        Assert.Equal(Token, Links.Read(signed));
        Assert.Null(Links.Read(signed[..^2] + (signed[^2] == 'A' ? "B" : "A") + signed[^1]));
        Assert.Null(Links.Read("x" + signed));
        Assert.Null(new SolicitationLinks(SolicitationKeys.FromBase64(SolicitationKeys.NewSecret()), Microsoft.Extensions.Options.Options.Create(new SolicitationOptions())).Read(signed));
        Assert.Null(Links.Read(null));
        Assert.StartsWith("https://reviews.example/solicitation/r/", Links.ReviewUrl(Token), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_carries_no_address_and_gives_a_stable_author_id()
    {
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(Links.Sign(Token).Split('.')[0]));
        Assert.DoesNotContain("@", payload, StringComparison.Ordinal);
        Assert.Equal("pie-0123456789abcdef0123", Token.AuthorId);
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SolicitationKeys.FromBase64(Convert.ToBase64String(new byte[16])));
        Assert.Throws<ArgumentException>(() => SolicitationKeys.FromBase64("not base64!"));
    }
}
