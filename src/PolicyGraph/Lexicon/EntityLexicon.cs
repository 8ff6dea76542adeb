using System.Globalization;

namespace PolicyGraph.Lexicon;

/// <summary>
/// The word lists the entity recognisers read (Lexicon/Data, sources in each file's header), loaded once.
/// Immutable and thread-safe.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(() => new EntityLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private EntityLexicon()
    {
        var surnames = LexiconFile.Lines("surnames.txt");
        Surnames = new WordSet(surnames.Where(s => s.Length == 1));
        CompoundSurnames = new WordSet(surnames.Where(s => s.Length == 2));
        GivenNameChars = LexiconFile.Rows("given-name-chars.tsv").ToDictionary(
            r => r[0][0],
            r => (Name: int.Parse(r[1], CultureInfo.InvariantCulture), Total: int.Parse(r[2], CultureInfo.InvariantCulture)));
        Titles = new WordSet(LexiconFile.Lines("titles.txt"));
        Roles = new WordSet(LexiconFile.Lines("roles.txt"));
        Followers = new WordSet(LexiconFile.Lines("name-followers.txt"));
        NonNames = new WordSet(LexiconFile.Lines("non-names.txt"));
        NameStops = new WordSet(LexiconFile.Lines("name-stops.txt"));
        var leftVerbs = LexiconFile.Rows("org-left-verbs.txt");
        string[] governing = [.. leftVerbs.Where(r => r[1] == "1").Select(r => r[0])];
        GoverningVerbs = new WordSet(governing);
        OrganizationLeftStops = new WordSet([.. LexiconFile.Lines("org-left-stops.txt"), .. LexiconFile.Lines("org-left-openers.txt"), .. governing]);
        Verbs = new WordSet(leftVerbs.Select(r => r[0]));
        OrganizationDescriptors = new WordSet(LexiconFile.Lines("org-descriptors.txt"));
        var suffixes = LexiconFile.Rows("org-suffixes.tsv");
        OrganizationSuffixes = new WordSet(suffixes.Select(r => r[0]));
        SuffixKinds = suffixes.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

        var bodies = new Dictionary<string, GovernmentBody>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows("gov-bodies.tsv"))
        {
            var body = new GovernmentBody(row[0], row[2]);
            bodies[row[0]] = body;
            foreach (var form in row[1].Split(',').Where(f => f != "—"))
            {
                bodies[form] = body;
            }
        }

        GovernmentBodies = bodies.ToDictionary(StringComparer.Ordinal);
        BodyForms = new WordSet(bodies.Keys);

        var known = new Dictionary<string, KnownOrganization>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows("known-orgs.tsv"))
        {
            var org = new KnownOrganization(row[0], row[2]);
            known[row[0]] = org;
            foreach (var form in row[1].Split(',').Where(f => f != "—"))
            {
                known[form] = org;
            }
        }

        KnownOrganizations = known.ToDictionary(StringComparer.Ordinal);
        KnownForms = new WordSet(known.Keys);
    }

    /// <summary>The lexicon, loaded on first use.</summary>
    public static EntityLexicon Default => Shared.Value;

    /// <summary>Single-character Han surnames.</summary>
    public WordSet Surnames { get; }

    /// <summary>Two-character surnames (欧阳, 司马).</summary>
    public WordSet CompoundSurnames { get; }

    /// <summary>For each character seen in given names: how often there, and how often in the whole corpus.</summary>
    public IReadOnlyDictionary<char, (int Name, int Total)> GivenNameChars { get; }

    /// <summary>Office titles (head forms).</summary>
    public WordSet Titles { get; }

    /// <summary>Occupations and roles that precede a name but make no position.</summary>
    public WordSet Roles { get; }

    /// <summary>Words that may follow a name.</summary>
    public WordSet Followers { get; }

    /// <summary>Name-shaped common words.</summary>
    public WordSet NonNames { get; }

    /// <summary>Words no name starts with, even after a title (关于, 时隔).</summary>
    public WordSet NameStops { get; }

    /// <summary>Words before which an organisation's name starts (依托, 推进, 会见).</summary>
    public WordSet OrganizationLeftStops { get; }

    /// <summary>Verbs seen governing an organisation's name and never inside one (会见, 出席, 贯彻): no name holds them.</summary>
    public WordSet GoverningVerbs { get; }

    /// <summary>
    /// Verbs found in no organisation's name (org-left-verbs.txt, the governing ones included): no name but a
    /// company's, which may name its business (共享经济信息咨询有限公司), is read back across one (提高, 造成).
    /// </summary>
    public WordSet Verbs { get; }

    /// <summary>Words that describe an organisation without naming it (国有, 一家).</summary>
    public WordSet OrganizationDescriptors { get; }

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> is made only of <see cref="OrganizationDescriptors"/> (or is empty).</summary>
    public bool IsOnlyDescriptors(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = start;
        while (i < end)
        {
            var len = OrganizationDescriptors.LongestAt(text, i, end - i);
            if (len == 0)
            {
                return false;
            }

            i += len;
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is an organisation suffix with nothing but descriptors before it (政府, 有关部门,
    /// 集团有限公司): an organisation word that names no body.
    /// </summary>
    public bool IsBareHead(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var suffix = OrganizationSuffixes.LongestEndingAt(name, name.Length);
        return suffix > 0 && IsOnlyDescriptors(name, 0, name.Length - suffix);
    }

    /// <summary>Words that end an organisation's name.</summary>
    public WordSet OrganizationSuffixes { get; }

    /// <summary>The kind each organisation suffix gives.</summary>
    public IReadOnlyDictionary<string, string> SuffixKinds { get; }

    /// <summary>The kind the longest organisation suffix ending at <paramref name="end"/> of <paramref name="text"/> gives (…大学 education), or null when none ends there.</summary>
    public string? SuffixKindEndingAt(string text, int end)
    {
        var length = OrganizationSuffixes.LongestEndingAt(text, end);
        return length > 0 ? SuffixKinds[text.Substring(end - length, length)] : null;
    }

    /// <summary>Government and party bodies by every written form (standard and short).</summary>
    public IReadOnlyDictionary<string, GovernmentBody> GovernmentBodies { get; }

    /// <summary>Every written form of a government body.</summary>
    public WordSet BodyForms { get; }

    /// <summary>Organisations known by name alone, by every form.</summary>
    public IReadOnlyDictionary<string, KnownOrganization> KnownOrganizations { get; }

    /// <summary>Every form of a known organisation.</summary>
    public WordSet KnownForms { get; }

    /// <summary>
    /// Whether <paramref name="c"/> can be part of a given name: a character names use often enough for their
    /// share, or a rare character (rare characters are mostly name characters); not a common word's character
    /// that names never use (说, 在, 和).
    /// </summary>
    public bool IsGivenNameChar(char c)
    {
        if (!GivenNameChars.TryGetValue(c, out var n))
        {
            return true;
        }

        return n.Total < 100 || (n.Name >= 2 && n.Name * 200 >= n.Total);
    }

    /// <summary>
    /// Whether <paramref name="c"/> may be part of a given name where the context already says a name is there
    /// (after a title): anything but a common character that names never use.
    /// </summary>
    public bool MayBeGivenNameChar(char c) =>
        !GivenNameChars.TryGetValue(c, out var n) || n.Name > 0 || n.Total < 300;
}
