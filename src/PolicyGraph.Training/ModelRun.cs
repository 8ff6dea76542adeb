using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Extraction.Ner;

namespace PolicyGraph.Training;

/// <summary>Trains one model for a fixed number of epochs, optionally reporting held-out F1, and writes it.</summary>
internal static class ModelRun
{
    public static SequenceModel Train(string name, IReadOnlyList<string> labels, List<TaggedSentence> sentences, int epochs, int minimumCount, TrainingOptions options, string output, Names names, IReadOnlyList<TaggedSentence>? dev = null, SequenceModel? stackOn = null)
    {
        var clock = Stopwatch.StartNew();
        var heldOut = options.Holdout ? sentences.Where((_, i) => i % 10 == 9).ToList() : [];
        var train = options.Holdout ? sentences.Where((_, i) => i % 10 != 9).ToList() : sentences;
        var trainer = new PerceptronTrainer(labels);
        // The names of the other corpus always, of this one from the other folds (jackknife); the held-out
        // sentences are scored with the lexicon of all training sentences, as new text is.
        var folds = LexiconBuilder.Jackknife(names.Other, train, labels, names.Bits);
        var all = new Dictionary<string, byte>(names.Other, StringComparer.Ordinal);
        LexiconBuilder.Add(all, train, labels, names.Bits);
        var lexicon = new NerLexicon(all);
        var examples = trainer.Prepare(train, minimumCount, stackOn, i => folds[i % LexiconBuilder.Folds]);
        Console.WriteLine(Invariant($"{name}: {train.Count} training sentences, {train.Sum(s => s.Text.Length)} chars, {trainer.FeatureCount} features ({clock.Elapsed.TotalSeconds:F1} s)"));
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var accuracy = trainer.Epoch(examples, seed: epoch);
            var line = Invariant($"{name}: epoch {epoch} train accuracy {accuracy:F4} ({clock.Elapsed.TotalSeconds:F1} s)");
            if (heldOut.Count > 0)
            {
                line += " held-out " + HeldOutScore.Format(trainer.Finish(keepAbove: 0), labels, heldOut, stackOn, lexicon);
            }

            Console.WriteLine(line);
        }

        var model = trainer.Finish(keepAbove: options.Keep);
        if (dev is not null)
        {
            // Reported only, never fed back into training.
            Console.WriteLine($"{name}: dev F1 (this model alone) " + HeldOutScore.Format(model, labels, dev, stackOn, lexicon));
        }

        if (!options.Holdout)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            using var file = File.Create(output);
            model.Write(file);
        }

        Console.WriteLine(Invariant($"{name}: {model.FeatureCount} features kept, {(options.Holdout ? "not written (held-out run)" : "written to " + output)} ({clock.Elapsed.TotalSeconds:F1} s)"));
        return model;
    }

    /// <summary>The names of the other corpus, and how this corpus's labels map to lexicon types.</summary>
    internal sealed record Names(Dictionary<string, byte> Other, Func<string, byte> Bits);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
