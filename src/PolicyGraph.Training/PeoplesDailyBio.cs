using System.Text;

namespace PolicyGraph.Training;

/// <summary>Reads the sentence texts (never the tags) of the People's Daily character-BIO evaluation set.</summary>
internal static class PeoplesDailyBio
{
    public static IEnumerable<string> Texts(string path)
    {
        var sentence = new StringBuilder();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Trim().Length == 0)
            {
                if (sentence.Length > 0)
                {
                    yield return sentence.ToString();
                    sentence.Clear();
                }

                continue;
            }

            var space = line.LastIndexOf(' ');
            sentence.Append(space > 0 ? line[..space] : " ");
        }
    }
}
