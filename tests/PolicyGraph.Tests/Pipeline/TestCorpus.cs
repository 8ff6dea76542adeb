using PolicyGraph.Export;
using PolicyGraph.Extraction;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline;
using PolicyGraph.Resolution;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Pipeline;

/// <summary>A temporary folder of small articles and a pipeline with a fixed-word extractor, so build mechanics are tested apart from extraction quality.</summary>
internal sealed class TestCorpus : IDisposable
{
    private static readonly string[] People = ["张伟", "李明", "王芳"];
    private static readonly string[] Companies = ["甲科技有限公司", "乙食品有限公司", "丙能源集团"];

    public TestCorpus(int files)
    {
        Root = Path.Combine(Path.GetTempPath(), "pg-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        for (var i = 0; i < files; i++)
        {
            Write($"a{i:D3}.txt", Article(i));
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "in");

    public string Out(string name) => Path.Combine(Root, name);

    public static string Article(int i) =>
        $"{Companies[i % 3]}总经理{People[i % 3]}表示，今年将加大投入。{Companies[(i + 1) % 3]}也参加了会议。第{i}篇。\n";

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Input, name), text);

    public static BuildPipeline Pipeline() => new(new ArticleReader(), new DocumentExtractor([new FixedWords()]), new GraphAssembler());

    /// <summary>Builds into <paramref name="output"/> as the build command does, cache in OUT/.pgcache unless <paramref name="cache"/> is false.</summary>
    public BuildResult Build(string output, bool cache = true)
    {
        var options = new BuildOptions(cache ? Path.Combine(output, ".pgcache") : null);
        var result = Pipeline().Run([Input], options);
        GraphFiles.Write(result.Graph!, output, [(ResolutionLogFile.FileName, s => ResolutionLogFile.Write(result.Log, s))]);
        return result;
    }

    public static IEnumerable<string> OutputFiles => ["graph.json", "graph.graphml", "graph.bin", "resolution.json"];

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Finds the fixed people and companies, and "company 总经理 person" as a position.</summary>
    private sealed class FixedWords : IExtractionStep
    {
        public void Run(ExtractionContext context)
        {
            var text = context.Text;
            foreach (var (words, type) in new[] { (People, MentionType.Person), (Companies, MentionType.Organization) })
            {
                foreach (var word in words)
                {
                    for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
                    {
                        context.Mentions.Add(new Mention(type, new TextSpan(i, i + word.Length), word, word, type == MentionType.Organization ? "company" : string.Empty));
                    }
                }
            }

            foreach (var company in Companies)
            {
                foreach (var person in People)
                {
                    var at = text.IndexOf(company + "总经理" + person, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var personAt = at + company.Length + 3;
                        context.Positions.Add(new PositionFact(person, new TextSpan(personAt, personAt + person.Length), "总经理", company, "company",
                            PositionStatus.Unspecified, new TextSpan(at, personAt + person.Length)));
                    }
                }
            }
        }
    }
}
