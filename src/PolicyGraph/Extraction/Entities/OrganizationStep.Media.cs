using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    private const string Reporter = "记者";

    // How a news outlet's name ends: 红网, 湖南日报, 湖南卫视, 长沙广播电视台, 彭博社.
    private static readonly string[] MediaEndings = ["卫视", "网", "报", "台", "社"];

    private const int MaxMediaName = 12;

    // The broadcaster speaking of itself (请看本台记者, 来看总台记者的报道, 本报记者) and 港澳台记者 name no outlet.
    private static readonly string[] NotOutlets = ["本台", "总台", "本报", "港澳台", "两岸三地"];

    // 针对红网记者…的提问, 据湖南日报记者报道: a name ending like an outlet's right before 记者 is the outlet (not 本报记者).
    private void FindMediaBeforeReporters(string text, Found found)
    {
        for (var at = text.IndexOf(Reporter, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Reporter, at + Reporter.Length, StringComparison.Ordinal))
        {
            if (!MediaEndings.Any(e => at >= e.Length && string.CompareOrdinal(text, at - e.Length, e, 0, e.Length) == 0))
            {
                continue;
            }

            // 答新华社记者问: a known outlet is the known step's to read.
            if (_lexicon.KnownForms.LongestEndingAt(text, at) > 0)
            {
                continue;
            }

            var start = WordStart(text, at, MaxMediaName, levelEnds: false);
            var span = new TextSpan(start, at);
            if (!NamesNoOutlet(text, start, at) && !found.Spans.Overlaps(span))
            {
                found.Add(new OrgCandidate(span, span.Of(text), "media"));
            }
        }
    }

    // 本报记者, 当地电视台记者 (a local station), 31个国内地方分社记者 (a count of them), and a run longer than a name (no
    // start found) name no outlet.
    private static bool NamesNoOutlet(string text, int start, int end) =>
        end - start < 2 || end - start == MaxMediaName || text[start] is '本' or '该' or '各'
        || (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] == '当'))
        || NotOutlets.Any(w => text.AsSpan(start, end - start).EndsWith(w, StringComparison.Ordinal));
}
