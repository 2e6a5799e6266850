using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// Liquid templates (Fluid): chooses a client's template by locale, checks templates when settings change, and renders
/// them with a bounded step count and no file access, since clients write them.
/// </summary>
public sealed class SolicitationTemplates
{
    private const int MaxTemplateLength = 64 * 1024;
    private static readonly FluidParser s_parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = new() { MaxSteps = 100_000, MaxRecursion = 20, CultureInfo = CultureInfo.InvariantCulture };

    /// <summary>The template used when a client has none for the shopper's locale.</summary>
    public static MessageTemplate Default { get; } = new(
        "{{ shopper.first_name | default: 'Hello' }}, how do you like your purchase from {{ client.name }}?",
        """
        <p>{% if shopper.first_name %}Hi {{ shopper.first_name }},{% else %}Hello,{% endif %}</p>
        <p>thank you for your order {{ order.id }} at {{ client.name }}. Would you tell other shoppers what you think?</p>
        <table>{% for product in products %}
        <tr><td>{% if product.image_url %}<img src="{{ product.image_url }}" alt="" width="80">{% endif %}</td>
        <td>{{ product.name }}<br><a href="{{ product.review_url }}">Write a review</a></td></tr>{% endfor %}
        </table>
        <p style="font-size:small"><a href="{{ unsubscribe_url }}">Unsubscribe</a> from review requests of {{ client.name }}.</p>
        """,
        """
        {% if shopper.first_name %}Hi {{ shopper.first_name }},{% else %}Hello,{% endif %}

        thank you for your order {{ order.id }} at {{ client.name }}. Would you tell other shoppers what you think?
        {% for product in products %}
        {{ product.name }}: {{ product.review_url }}
        {% endfor %}
        Unsubscribe: {{ unsubscribe_url }}
        """);

    /// <summary>The template for a locale: exact (<c>en_US</c>), then the language (<c>en</c>), then the client's first, then the built-in.</summary>
    public static MessageTemplate Choose(IReadOnlyDictionary<string, MessageTemplate>? templates, string? locale)
    {
        if (templates is not { Count: > 0 })
        {
            return Default;
        }

        if (locale is not null)
        {
            var exact = templates.FirstOrDefault(t => t.Key.Equals(locale, StringComparison.OrdinalIgnoreCase)).Value;
            var language = locale.Split('_')[0];
            exact ??= templates.FirstOrDefault(t => t.Key.Equals(language, StringComparison.OrdinalIgnoreCase)).Value;
            if (exact is not null)
            {
                return exact;
            }
        }

        return templates.FirstOrDefault(t => t.Key.Equals("default", StringComparison.OrdinalIgnoreCase)).Value ?? Default;
    }

    /// <summary>A message naming the first part that does not parse, or null when all three do.</summary>
    public string? Check(MessageTemplate template)
    {
        foreach (var (part, source) in new[] { ("subject", template.Subject), ("html", template.Html), ("text", template.Text) })
        {
            if (string.IsNullOrWhiteSpace(source) || source.Length > MaxTemplateLength)
            {
                return $"{part} is required and at most {MaxTemplateLength} characters.";
            }

            if (!s_parser.TryParse(source, out _, out var error))
            {
                return $"{part} is not valid Liquid: {error}";
            }
        }

        return null;
    }

    public async Task<RenderedMessage> RenderAsync(MessageTemplate template, MessageModel model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("shopper", new Dictionary<string, object?> { ["name"] = model.ShopperName, ["first_name"] = model.FirstName });
        context.SetValue("client", new Dictionary<string, object?> { ["name"] = model.ClientName });
        context.SetValue("order", new Dictionary<string, object?> { ["id"] = model.OrderId });
        context.SetValue("unsubscribe_url", model.UnsubscribeUrl);
        context.SetValue("products", model.Products.Select(p => new Dictionary<string, object?>
        {
            ["id"] = p.Id, ["name"] = p.Name, ["image_url"] = p.ImageUrl, ["price"] = p.Price, ["review_url"] = p.ReviewUrl,
        }).ToList());

        // The subject is a header: rendered unencoded, then kept to one line.
        var subject = (await Parse(template.Subject).RenderAsync(context, NullEncoder.Default, isolateContext: true)).ReplaceLineEndings(" ").Trim();
        var html = await Parse(template.Html).RenderAsync(context, HtmlEncoder.Default, isolateContext: true);
        var text = await Parse(template.Text).RenderAsync(context, NullEncoder.Default, isolateContext: true);
        return new RenderedMessage(subject, html, text.Trim());
    }

    private IFluidTemplate Parse(string source)
    {
        if (_parsed.TryGetValue(source, out var template))
        {
            return template;
        }

        template = s_parser.Parse(source);
        if (_parsed.Count < 10_000)
        {
            _parsed[source] = template;
        }

        return template;
    }
}
