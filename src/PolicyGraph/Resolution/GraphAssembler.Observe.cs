using System.Collections.Concurrent;
using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Lexicon;

namespace PolicyGraph.Resolution;

public sealed partial class GraphAssembler
{
    // Every name every document gives, before anything is resolved.
    // Documents are read in ordered slices on all cores, each into tables of its own, and the slices' tables are
    // appended in document order: the tables are those of one reader taking the documents in turn.
    private static Observations Observe(IReadOnlyList<(SourceDocument Document, DocumentExtraction Extraction)> documents)
    {
        var seen = new Observations();

        // Hashing a path is the one costly step per document and depends on nothing else: done on all cores.
        var ids = new string[documents.Count];
        Parallel.For(0, documents.Count, i => ids[i] = DocumentId(documents[i].Document));
        seen.DocumentIds.AddRange(ids);
        var slices = OrderedSlices.Map(documents.Count, (start, end) =>
        {
            var part = new Observations(seen);
            for (var doc = start; doc < end; doc++)
            {
                ObserveDocument(part, doc, documents[doc]);
            }

            return part;
        });
        foreach (var part in slices)
        {
            seen.Append(part);
        }

        return seen;
    }

    private static void ObserveDocument(Observations seen, int doc, (SourceDocument Document, DocumentExtraction Extraction) item)
    {
        var (document, extraction) = item;
        var orgKeys = new HashSet<string>(StringComparer.Ordinal);
        void Org(string canonical, string form, string kind)
        {
            if (seen.Organizations.Observe(doc, canonical, form, kind) is { } key)
            {
                orgKeys.Add(key);
            }
        }

        foreach (var m in extraction.Mentions)
        {
            switch (m.Type)
            {
                case MentionType.Organization:
                    Org(m.Canonical, m.Text, m.Kind);
                    break;
                case MentionType.Initiative:
                    seen.Initiatives.Observe(doc, m.Canonical, m.Text);
                    break;
                case MentionType.Event:
                    seen.Events.Observe(doc, m.Canonical, m.Text, date: m.Date);
                    break;
                case MentionType.Person:
                    seen.Person(doc, m.Canonical)?.Forms.Add(m.Text);
                    break;
                case MentionType.Place:
                    seen.AddPlace(m.Canonical);
                    break;
                default:
                    break;
            }
        }

        if (document.Metadata.Source.Length > 0)
        {
            Org(document.Metadata.Source, document.Metadata.Source, "media");
        }

        if (document.Metadata.Site.Length > 0)
        {
            Org(document.Metadata.Site, document.Metadata.Site, SiteKind(document.Metadata.Site));
        }

        foreach (var p in extraction.Positions)
        {
            Org(p.Organization, string.Empty, p.OrganizationKind);
            var org = seen.Organizations.Key(p.Organization);
            if (org.Length > 0 && seen.Person(doc, p.Person) is { } person)
            {
                (p.Assumed ? person.Assumed : person.Positions).Add((p.Title, org));
            }
        }

        foreach (var s in extraction.Statements)
        {
            if (s.Speaker.Type == MentionType.Person)
            {
                seen.Person(doc, s.Speaker.Canonical);
            }
            else
            {
                Org(s.Speaker.Canonical, string.Empty, s.Speaker.Kind);
            }
        }

        foreach (var part in extraction.PartOf)
        {
            Org(part.Child, string.Empty, string.Empty);
            Org(part.Parent, string.Empty, string.Empty);
        }

        foreach (var located in extraction.LocatedIn)
        {
            Org(located.Organization, string.Empty, string.Empty);
            seen.AddPlace(located.Place);
        }

        foreach (var occurrence in seen.PersonsIn(doc))
        {
            occurrence.Context = orgKeys;
            occurrence.Place = document.Metadata.Place;
        }
    }

    // The kind of the body that runs a site by its name's ending (…融媒体中心 media, …委员会 party or government), else
    // government: sites are mostly run by a government's office.
    private static string SiteKind(string site) => EntityLexicon.Default.SuffixKindEndingAt(site, site.Length) ?? "government";

    private static string DocumentId(SourceDocument document) => StableId.For(NodeType.Document, document.Path);

    /// <summary>The names seen in all documents, by type.</summary>
    private sealed class Observations
    {
        private readonly List<PersonOccurrence> _current = [];
        private int _currentDoc = -1;

        public Observations()
        {
            Organizations = new(OrganizationNames.Normalize);
            Initiatives = new(n => n.Trim());
            Events = new(n => n.Trim());
        }

        /// <summary>Empty tables for a slice of the documents, whose names are brought to standard form by <paramref name="shared"/>'s (cached once for all slices).</summary>
        public Observations(Observations shared)
        {
            Organizations = new(shared.Organizations.Key);
            Initiatives = new(shared.Initiatives.Key);
            Events = new(shared.Events.Key);
        }

        public List<string> DocumentIds { get; } = [];

        public NameTable Organizations { get; }

        public NameTable Initiatives { get; }

        public NameTable Events { get; }

        /// <summary>Every place named, trimmed (unordered: sort before use).</summary>
        public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

        /// <summary>Every person named, one occurrence per document and name, in the order they were first seen.</summary>
        public List<PersonOccurrence> Persons { get; } = [];

        private readonly ConcurrentDictionary<string, string> _placeIds = new(StringComparer.Ordinal);

        /// <summary>The id of a place; places are named in almost every document, so each name is hashed once. Thread-safe.</summary>
        public string PlaceId(string place)
        {
            if (!_placeIds.TryGetValue(place, out var id))
            {
                id = StableId.For(NodeType.Place, place);
                _placeIds.TryAdd(place, id);
            }

            return id;
        }

        /// <summary>Adds what <paramref name="later"/> saw in documents that all come after the ones seen here.</summary>
        public void Append(Observations later)
        {
            Organizations.Append(later.Organizations);
            Initiatives.Append(later.Initiatives);
            Events.Append(later.Events);
            Places.UnionWith(later.Places);
            Persons.AddRange(later.Persons);
        }

        public void AddPlace(string place)
        {
            var trimmed = place.Trim();
            if (trimmed.Length > 0)
            {
                Places.Add(trimmed);
            }
        }

        /// <summary>The occurrence of <paramref name="name"/> in <paramref name="doc"/>, or null for an empty name.</summary>
        public PersonOccurrence? Person(int doc, string name)
        {
            name = name.Trim();
            if (name.Length == 0)
            {
                return null;
            }

            // Documents are read one after another, so the document's own few names are all there is to search.
            if (_currentDoc != doc)
            {
                _current.Clear();
                _currentDoc = doc;
            }

            foreach (var seen in _current)
            {
                if (seen.Name == name)
                {
                    return seen;
                }
            }

            var occurrence = new PersonOccurrence(doc, name);
            _current.Add(occurrence);
            Persons.Add(occurrence);
            return occurrence;
        }

        /// <summary>The occurrences recorded for <paramref name="doc"/>, the document being read.</summary>
        public IReadOnlyList<PersonOccurrence> PersonsIn(int doc) => _currentDoc == doc ? _current : [];
    }
}
