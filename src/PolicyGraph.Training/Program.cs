using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Extraction.Ner;
using PolicyGraph.Training;

// Trains the two character taggers shipped in src/PolicyGraph/Extraction/Ner/Models (see the README there).
// usage: PolicyGraph.Training [--corpora DIR] [--out DIR] [--only pd|cluener] [--holdout]
//        [--pd-epochs N] [--cluener-epochs N] [--keep Q] [--score-dev]
if (args is ["--dump-spans", var dumpPath])
{
    SpanDump.Run(dumpPath, Console.Out);
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
SequenceModel? pdModel = null;
if (options.Only is null or "pd")
{
    var pdDev = Path.Combine(options.Corpora, "peoples-daily-ner-bio", "dev.txt");
    var overlap = new EvaluationOverlap(PeoplesDailyBio.Texts(pdDev));
    var all = PeoplesDailyCorpus.Read(Path.Combine(options.Corpora, "peoples-daily-1998-01", "199801.txt"));
    var train = all.Where(s => !overlap.Overlaps(s.Text)).ToList();
    Console.WriteLine($"pd: {all.Count} sentences, {all.Count - train.Count} dropped as overlapping the PD NER dev set");
    var longOnes = all.Where(s => s.Text.Length >= EvaluationOverlap.MinimumLength && overlap.Overlaps(s.Text)).ToList();
    Console.WriteLine($"pd: {longOnes.Count} of the dropped sentences have at least {EvaluationOverlap.MinimumLength} characters:");
    foreach (var dropped in longOnes)
    {
        Console.WriteLine("  dropped: " + dropped.Text);
    }

    pdModel = ModelRun.Train("pd", PeoplesDailyCorpus.Labels, train, options.PdEpochs, minimumCount: 2, options, pdModelPath, options.ScoreDev ? PeoplesDailyBio.Read(pdDev) : null);
}

if (options.Only is null or "cluener")
{
    var devPath = Path.Combine(options.Corpora, "cluener2020", "dev.json");
    var dev = new EvaluationOverlap(ClueNerCorpus.Texts(devPath));
    var all = ClueNerCorpus.Read(Path.Combine(options.Corpora, "cluener2020", "train.json"));
    var train = all.Where(s => !dev.Overlaps(s.Text)).ToList();
    Console.WriteLine($"cluener: {all.Count} sentences, {all.Count - train.Count} dropped as overlapping the CLUENER dev set");
    // The CLUENER model reads the People's Daily model's tags (stacking); that model never saw CLUENER text, so its
    // tags on the training sentences are as noisy as on new text.
    using (var file = pdModel is null ? File.OpenRead(pdModelPath) : null)
    {
        pdModel ??= SequenceModel.Read(file!);
    }

    ModelRun.Train("cluener", ClueNerCorpus.Labels, train, options.ClueNerEpochs, minimumCount: 2, options, Path.Combine(options.Output, "ner-cluener.bin.gz"), options.ScoreDev ? ClueNerCorpus.Read(devPath) : null, pdModel);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {clock.Elapsed.TotalSeconds:F1} s"));
return 0;
