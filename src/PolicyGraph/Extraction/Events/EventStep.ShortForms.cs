using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Events;

public sealed partial class EventStep
{
    private static readonly string[] Determiners = ["本届", "本次", "此次", "这届", "上届", "今年的", "以下简称", "简称", "（"];

    // A short form is 3–5 characters taken in order from the full name and ending like it (物博会 from
    // 陆海新通道国际物流博览会). It counts once the article introduces it after 本届/此次/简称; then every
    // occurrence is a mention of the full event.
    private static IEnumerable<TextSpan> ShortForms(string text, string full, IReadOnlyList<TextSpan> taken)
    {
        var last = full[^1];
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var determiner in Determiners)
        {
            for (var i = text.IndexOf(determiner, StringComparison.Ordinal); i >= 0; i = text.IndexOf(determiner, i + 1, StringComparison.Ordinal))
            {
                var start = i + determiner.Length;
                if (start < text.Length && text[start] == '“')
                {
                    start++;
                }

                for (var length = 3; length <= 5 && start + length <= text.Length; length++)
                {
                    var form = text.Substring(start, length);
                    if (form[^1] == last && IsAbbreviation(form, full))
                    {
                        forms.Add(form);
                    }
                }
            }
        }

        var occupied = new bool[text.Length];
        foreach (var span in taken)
        {
            Array.Fill(occupied, true, span.Start, span.Length);
        }

        foreach (var form in forms)
        {
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                if (Array.IndexOf(occupied, true, i, form.Length) < 0)
                {
                    Array.Fill(occupied, true, i, form.Length);
                    yield return new TextSpan(i, i + form.Length);
                }
            }
        }
    }

    private static bool IsAbbreviation(string form, string full) =>
        !full.Contains(form, StringComparison.Ordinal) && form.All(c => c is >= '\u4e00' and <= '\u9fff') && Extraction.ShortForms.KeepsInOrder(form, full);
}
