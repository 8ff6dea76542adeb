using System.Text.Json;
using PolicyGraph.Extraction.Ner;

namespace PolicyGraph.Training;

/// <summary>
/// Prints each model's own spans for every line of a text file, one JSON object a line ({"pd": [[label, start, end]
/// …], "clue": […]}), so that ways of combining the two models can be compared without rebuilding the library.
/// </summary>
internal static class SpanDump
{
    public static void Run(string path, TextWriter output)
    {
        var pdModel = NerTagger.LoadModel(NerTagger.PeoplesDailyModel);
        var clueModel = NerTagger.LoadModel(NerTagger.ClueNerModel);
        var lexicon = NerTagger.LoadLexicon();
        foreach (var line in File.ReadLines(path))
        {
            var pd = new List<object[]>();
            var clue = new List<object[]>();
            foreach (var (start, end) in NerSegments.Split(line))
            {
                var folded = NerChars.FoldAll(line.AsSpan(start, end - start));
                var keys = new uint[folded.Length * NerFeatures.PerPosition];
                NerFeatures.Extract(folded, keys, lexicon);
                var pdPath = pdModel.Decode(keys, folded.Length);
                pd.AddRange(NerDecoding.Spans(pdPath).Select(s => new object[] { pdModel.Labels[s.Label], s.Start + start, s.End + start }));
                NerFeatures.Extract(folded, keys, lexicon, pdPath);
                clue.AddRange(NerDecoding.Spans(clueModel.Decode(keys, folded.Length)).Select(s => new object[] { clueModel.Labels[s.Label], s.Start + start, s.End + start }));
            }

            output.WriteLine(JsonSerializer.Serialize(new { pd, clue }));
        }
    }
}
