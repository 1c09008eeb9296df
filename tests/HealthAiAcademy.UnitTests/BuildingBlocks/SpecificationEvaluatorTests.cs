using Ardalis.Specification;
using HealthAiAcademy.BuildingBlocks.Specifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.UnitTests.BuildingBlocks;

/// <summary>The EF evaluators on top of Ardalis's pipeline, against a real SQLite file.</summary>
public sealed class SpecificationEvaluatorTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"specifications-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
        var author = new Author { Id = 1, Name = "Ada" };
        db.Blogs.AddRange(
            new Blog { Id = 1, Group = "a", Rank = 5, Author = author, Posts = [new Post { Id = 1, Comments = [new Comment { Id = 1 }, new Comment { Id = 2 }] }] },
            new Blog { Id = 2, Group = "a", Rank = 9, Author = author, Posts = [new Post { Id = 2 }] },
            new Blog { Id = 3, Group = "b", Rank = 7, Author = author },
            new Blog { Id = 4, Group = "a", Rank = 9, Author = author },
            new Blog { Id = 5, Group = "a", Rank = 1, Author = author },
            new Blog { Id = 6, Group = "a", Rank = 3, Author = author });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Applies_criteria_then_order_with_tie_breaks_then_the_page()
    {
        await using var db = Context();

        var firstPage = await db.Blogs.WithSpecification(new GroupPage("a", 1, 2)).Select(b => b.Id).ToListAsync();
        var secondPage = await db.Blogs.WithSpecification(new GroupPage("a", 2, 2)).Select(b => b.Id).ToListAsync();

        Assert.Equal([2, 4], firstPage);
        Assert.Equal([1, 6], secondPage);
    }

    [Fact]
    public async Task The_criteria_alone_count_every_match()
    {
        await using var db = Context();

        Assert.Equal(5, await db.Blogs.MatchingCriteriaOf(new GroupPage("a", 3, 2)).CountAsync());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    public void Refuses_impossible_pages(int page, int pageSize) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupPage("a", page, pageSize));

    [Fact]
    public async Task Include_and_ThenInclude_after_a_reference_and_after_a_collection_load_the_graph()
    {
        await using var db = Context();

        var blog = await db.Blogs.WithSpecification(new BlogWithEverything(1)).SingleAsync();

        Assert.Equal("Ada", blog.Author!.Name);
        Assert.Equal(6, blog.Author.Blogs.Count);
        Assert.Equal([1, 2], blog.Posts.Single().Comments.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task Without_includes_nothing_is_loaded()
    {
        await using var db = Context();

        var blog = await db.Blogs.WithSpecification(new GroupPage("a", 1, 10)).FirstAsync(b => b.Id == 1);

        Assert.Null(blog.Author);
        Assert.Empty(blog.Posts);
    }

    [Fact]
    public async Task String_includes_load_their_path()
    {
        await using var db = Context();

        var blog = await db.Blogs.WithSpecification(new BlogByPath(1)).SingleAsync();

        Assert.Equal(2, blog.Posts.Single().Comments.Count);
    }

    [Fact]
    public async Task AsNoTracking_leaves_the_change_tracker_empty_and_AsTracking_fills_it()
    {
        await using var db = Context();

        await db.Blogs.WithSpecification(new GroupPage("a", 1, 10)).ToListAsync();
        var untracked = db.ChangeTracker.Entries().Count();
        await db.Blogs.WithSpecification(new BlogWithEverything(1)).ToListAsync();

        Assert.Equal(0, untracked);
        Assert.Contains(db.ChangeTracker.Entries<Blog>(), e => e.Entity.Id == 1);
    }

    [Fact]
    public async Task AsSplitQuery_sends_one_query_per_included_collection()
    {
        var commands = new CommandCounter();
        await using var db = Context(commands);

        await db.Blogs.WithSpecification(new BlogWithEverything(1)).SingleAsync();
        var single = commands.Count;
        commands.Count = 0;
        await db.Blogs.WithSpecification(new BlogWithEverything(1, split: true)).SingleAsync();

        Assert.Equal(1, single);
        Assert.True(commands.Count > 1, $"{commands.Count} command(s)");
    }

    [Fact]
    public async Task A_selecting_specification_projects_on_the_server()
    {
        await using var db = Context();

        var names = await db.Blogs.WithSpecification(new AuthorNames("a")).Distinct().ToListAsync();

        Assert.Equal(["Ada"], names);
    }

    private Shop Context(CommandCounter? counter = null)
    {
        var options = new DbContextOptionsBuilder<Shop>().UseSqlite($"Data Source={path}");
        if (counter is not null)
        {
            options.AddInterceptors(counter);
        }

        return new Shop(options.Options);
    }

    private sealed class GroupPage : Specification<Blog>
    {
        public GroupPage(string group, int page, int pageSize) =>
            Query.AsNoTracking().Where(b => b.Group == group).OrderByDescending(b => b.Rank).ThenBy(b => b.Id).Page(page, pageSize);
    }

    private sealed class BlogWithEverything : Specification<Blog>
    {
        public BlogWithEverything(int id, bool split = false)
        {
            Query.Where(b => b.Id == id).AsTracking().AsSplitQuery(split);
            Query.Include(b => b.Author).ThenInclude(a => a!.Blogs);
            Query.Include(b => b.Posts).ThenInclude(p => p.Comments);
        }
    }

    private sealed class BlogByPath : Specification<Blog>
    {
        public BlogByPath(int id) => Query.Where(b => b.Id == id).Include("Posts.Comments");
    }

    private sealed class AuthorNames : Specification<Blog, string>
    {
        public AuthorNames(string group)
        {
            Query.Where(b => b.Group == group);
            Query.Select(b => b.Author!.Name);
        }
    }

    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class Shop(DbContextOptions<Shop> options) : DbContext(options)
    {
        public DbSet<Blog> Blogs => Set<Blog>();
    }

    private sealed class Author
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public List<Blog> Blogs { get; set; } = [];
    }

    private sealed class Blog
    {
        public int Id { get; set; }

        public string Group { get; set; } = "";

        public int Rank { get; set; }

        public Author? Author { get; set; }

        public List<Post> Posts { get; set; } = [];
    }

    private sealed class Post
    {
        public int Id { get; set; }

        public List<Comment> Comments { get; set; } = [];
    }

    private sealed class Comment
    {
        public int Id { get; set; }
    }
}
