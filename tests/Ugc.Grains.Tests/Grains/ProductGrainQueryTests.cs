using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Tests.Queries;

namespace Ugc.Grains.Tests.Grains;

/// <summary>The fields that read a question's answers and a review's comments, answered by the product's read model.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class ProductGrainQueryTests(GrainClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = ContentFieldSamples.T0;

    [Fact]
    public async Task Answer_fields_of_questions_filter_and_sort_by_their_published_answers()
    {
        var product = fixture.Cluster.Client.GetGrain<IProductGrain>("qa-shop/kettle");
        var unanswered = Question("q-none");
        var answered = Question("q-one");
        var best = Question("q-best");
        foreach (var document in new[]
        {
            unanswered, answered, best,
            Answer("a1", answered, T0.AddHours(1), isBest: false),
            Answer("a2", best, T0.AddHours(2), isBest: false),
            Answer("a3", best, T0.AddHours(3), isBest: true),
        })
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, document, T0));
        }

        Assert.Equal(["q-best", "q-one"], await IdsAsync(product, [new("HasAnswers", FilterOperator.Eq, ["true"])]));
        Assert.Equal(["q-none"], await IdsAsync(product, [new("HasAnswers", FilterOperator.Eq, ["false"])]));
        Assert.Equal(["q-best"], await IdsAsync(product, [new("HasBestAnswer", FilterOperator.Eq, ["true"])]));
        Assert.Equal(["q-best"], await IdsAsync(product, [new("TotalAnswerCount", FilterOperator.Gte, ["2"])]));
        Assert.Equal(["q-best", "q-one", "q-none"], await IdsAsync(product, [], new SortClause("TotalAnswerCount", Descending: true)));
        Assert.Equal(["q-one", "q-best", "q-none"], await IdsAsync(product, [], new SortClause("LastApprovedAnswerSubmissionTime", Descending: false)));
        Assert.Equal(["q-best"], await IdsAsync(product,
            [new("LastApprovedAnswerSubmissionTime", FilterOperator.Gt, [(T0.AddHours(1).ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)])]));

        // The page tells callers merging several products what each question's answers are.
        var page = await product.QueryAsync(Query([new("Id", FilterOperator.Eq, ["q-best", "q-none"])]));
        Assert.Equal(new ContentChildren(2, 1, T0.AddHours(3)), page.Children["q-best"]);
        Assert.False(page.Children.ContainsKey("q-none"));

        // A withdrawn answer no longer counts.
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Withdrawn, Answer("a1", answered, T0.AddHours(1), isBest: false), T0));
        Assert.Equal(["q-best"], await IdsAsync(product, [new("HasAnswers", FilterOperator.Eq, ["true"])]));
    }

    [Fact]
    public async Task Comment_fields_of_reviews_read_their_published_comments()
    {
        var product = fixture.Cluster.Client.GetGrain<IProductGrain>("qa-shop/toaster");
        var quiet = ContentFieldSamples.Base(ContentType.Reviews, "r-quiet") with { ProductId = "toaster", Rating = 4 };
        var discussed = ContentFieldSamples.Base(ContentType.Reviews, "r-discussed") with { ProductId = "toaster", Rating = 4 };
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, quiet, T0));
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, discussed, T0));
        foreach (var id in new[] { "c1", "c2" })
        {
            var comment = ContentFieldSamples.Base(ContentType.ReviewComments, id) with { ProductId = "toaster", ReviewId = "r-discussed" };
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, comment, T0));
        }

        var query = Query([new("HasComments", FilterOperator.Eq, ["true"])]) with { Type = ContentType.Reviews };
        Assert.Equal(["r-discussed"], (await product.QueryAsync(query)).Results.Select(d => d.Id));
        var sorted = Query([]) with { Type = ContentType.Reviews, Sorts = [new SortClause("TotalCommentCount", Descending: true)] };
        Assert.Equal(["r-discussed", "r-quiet"], (await product.QueryAsync(sorted)).Results.Select(d => d.Id));
    }

    private static ContentDocument Question(string id) => ContentFieldSamples.Base(ContentType.Questions, id) with { ProductId = "kettle" };

    private static ContentDocument Answer(string id, ContentDocument question, DateTimeOffset time, bool isBest) =>
        ContentFieldSamples.Base(ContentType.Answers, id) with { ProductId = "kettle", QuestionId = question.Id, SubmissionTime = time, IsBestAnswer = isBest };

    private static async Task<List<string>> IdsAsync(IProductGrain product, IReadOnlyList<FilterClause> filters, SortClause? sort = null) =>
        [.. (await product.QueryAsync(Query(filters) with { Sorts = sort is null ? [new SortClause("Id", Descending: false)] : [sort] })).Results.Select(d => d.Id)];

    private static ContentQuery Query(IReadOnlyList<FilterClause> filters) =>
        new(ContentType.Questions, filters, [new SortClause("Id", Descending: false)], ContentQuery.MaxLimit, 0, null, null, [], [], false, [],
            new Dictionary<ContentType, IReadOnlyList<FilterClause>>());
}
