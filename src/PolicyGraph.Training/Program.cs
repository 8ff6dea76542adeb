using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Extraction.Ner;
using PolicyGraph.Training;

// Trains the two character taggers shipped in src/PolicyGraph/Extraction/Ner/Models (see the README there).
// usage: PolicyGraph.Training [--corpora DIR] [--out DIR] [--only pd|cluener] [--holdout]
//        [--pd-epochs N] [--cluener-epochs N] [--keep Q] [--score-dev]
//        PolicyGraph.Training --dump-spans FILE | --article-positions FILE   (one line of FILE per document)
if (args is ["--dump-spans", var dumpPath])
{
    SpanDump.Run(dumpPath, Console.Out);
    return 0;
}

if (args is ["--article-positions", var linesPath])
{
    ArticlePositions.Run(linesPath, Console.Out);
    return 0;
}

var options = TrainingOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync("usage: PolicyGraph.Training [--corpora DIR] [--out DIR] [--only pd|cluener] [--holdout] [--pd-epochs N] [--cluener-epochs N] [--keep Q] [--score-dev]").ConfigureAwait(false);
    return 2;
}

var clock = Stopwatch.StartNew();
var pdModelPath = Path.Combine(options.Output, "ner-pd.bin.gz");
var pdDev = Path.Combine(options.Corpora, "peoples-daily-ner-bio", "dev.txt");
var pdOverlap = new EvaluationOverlap(PeoplesDailyBio.Texts(pdDev));
var pdAll = PeoplesDailyCorpus.Read(Path.Combine(options.Corpora, "peoples-daily-1998-01", "199801.txt"));
var pdTrain = pdAll.Where(s => !pdOverlap.Overlaps(s.Text)).ToList();
var clueDevPath = Path.Combine(options.Corpora, "cluener2020", "dev.json");
var clueOverlap = new EvaluationOverlap(ClueNerCorpus.Texts(clueDevPath));
var clueAll = ClueNerCorpus.Read(Path.Combine(options.Corpora, "cluener2020", "train.json"));
var clueTrain = clueAll.Where(s => !clueOverlap.Overlaps(s.Text)).ToList();

// Both models read one name lexicon derived from both training corpora (each model's own names jackknifed).
var pdNames = new Dictionary<string, byte>(StringComparer.Ordinal);
LexiconBuilder.Add(pdNames, pdTrain, PeoplesDailyCorpus.Labels, LexiconBuilder.PeoplesDailyBits);
var clueNames = new Dictionary<string, byte>(StringComparer.Ordinal);
LexiconBuilder.Add(clueNames, clueTrain, ClueNerCorpus.Labels, LexiconBuilder.ClueNerBits);

SequenceModel? pdModel = null;
if (options.Only is null or "pd")
{
    Console.WriteLine($"pd: {pdAll.Count} sentences, {pdAll.Count - pdTrain.Count} dropped as overlapping the PD NER dev set");
    var longOnes = pdAll.Where(s => s.Text.Length >= EvaluationOverlap.MinimumLength && pdOverlap.Overlaps(s.Text)).ToList();
    Console.WriteLine($"pd: {longOnes.Count} of the dropped sentences have at least {EvaluationOverlap.MinimumLength} characters:");
    foreach (var dropped in longOnes)
    {
        Console.WriteLine("  dropped: " + dropped.Text);
    }

    pdModel = ModelRun.Train("pd", PeoplesDailyCorpus.Labels, pdTrain, options.PdEpochs, minimumCount: 2, options, pdModelPath, new(clueNames, LexiconBuilder.PeoplesDailyBits), options.ScoreDev ? PeoplesDailyBio.Read(pdDev) : null);
}

if (options.Only is null or "cluener")
{
    Console.WriteLine($"cluener: {clueAll.Count} sentences, {clueAll.Count - clueTrain.Count} dropped as overlapping the CLUENER dev set");
    // The CLUENER model reads the People's Daily model's tags (stacking); that model never saw CLUENER text, so its
    // tags on the training sentences are as noisy as on new text.
    using (var file = pdModel is null ? File.OpenRead(pdModelPath) : null)
    {
        pdModel ??= SequenceModel.Read(file!);
    }

    ModelRun.Train("cluener", ClueNerCorpus.Labels, clueTrain, options.ClueNerEpochs, minimumCount: 2, options, Path.Combine(options.Output, "ner-cluener.bin.gz"), new(pdNames, LexiconBuilder.ClueNerBits), options.ScoreDev ? ClueNerCorpus.Read(clueDevPath) : null, pdModel);
}

if (!options.Holdout)
{
    var names = new Dictionary<string, byte>(pdNames, StringComparer.Ordinal);
    foreach (var (word, bits) in clueNames)
    {
        names[word] = (byte)(names.GetValueOrDefault(word) | bits);
    }

    using var file = File.Create(Path.Combine(options.Output, NerTagger.Lexicon));
    new NerLexicon(names).Write(file);
    Console.WriteLine($"lexicon: {names.Count} names written");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {clock.Elapsed.TotalSeconds:F1} s"));
return 0;
