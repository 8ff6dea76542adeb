using PolicyGraph.Extraction;

namespace PolicyGraph.Pipeline.Cache;

internal static partial class CacheCodec
{
    private static void WriteExtraction(BinaryWriter w, DocumentExtraction x)
    {
        w.Write7BitEncodedInt(x.Mentions.Count);
        foreach (var m in x.Mentions)
        {
            w.Write((byte)m.Type);
            WriteSpan(w, m.Span);
            w.Write(m.Text);
            w.Write(m.Canonical);
            w.Write(m.Kind);
            w.Write(m.Date);
        }

        w.Write7BitEncodedInt(x.Positions.Count);
        foreach (var p in x.Positions)
        {
            w.Write(p.Person);
            WriteSpan(w, p.PersonSpan);
            w.Write(p.Title);
            w.Write(p.Organization);
            w.Write(p.OrganizationKind);
            w.Write((byte)p.Status);
            WriteSpan(w, p.Span);
            w.Write(p.Assumed);
        }

        w.Write7BitEncodedInt(x.Statements.Count);
        foreach (var s in x.Statements)
        {
            w.Write((byte)s.Speaker.Type);
            w.Write(s.Speaker.Canonical);
            w.Write(s.Speaker.Kind);
            w.Write(s.Cue);
            w.Write((byte)s.Mode);
            WriteSpan(w, s.Span);
            w.Write(s.Text);
            WriteSpans(w, s.Content);
        }

        w.Write7BitEncodedInt(x.PartOf.Count);
        foreach (var p in x.PartOf)
        {
            w.Write(p.Child);
            w.Write(p.Parent);
            w.Write(p.Span.HasValue);
            if (p.Span is { } span)
            {
                WriteSpan(w, span);
            }
        }

        w.Write7BitEncodedInt(x.LocatedIn.Count);
        foreach (var l in x.LocatedIn)
        {
            w.Write(l.Organization);
            w.Write(l.Place);
        }
    }

    private static DocumentExtraction ReadExtraction(BinaryReader r)
    {
        var mentions = new Mention[Count(r)];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new Mention((MentionType)r.ReadByte(), ReadSpan(r), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString());
        }

        var positions = new PositionFact[Count(r)];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new PositionFact(r.ReadString(), ReadSpan(r), r.ReadString(), r.ReadString(), r.ReadString(), (PositionStatus)r.ReadByte(), ReadSpan(r), r.ReadBoolean());
        }

        var statements = new StatementFact[Count(r)];
        for (var i = 0; i < statements.Length; i++)
        {
            var speaker = new Speaker((MentionType)r.ReadByte(), r.ReadString(), r.ReadString());
            statements[i] = new StatementFact(speaker, r.ReadString(), (StatementMode)r.ReadByte(), ReadSpan(r), r.ReadString(), ReadSpans(r));
        }

        var partOf = new PartOfFact[Count(r)];
        for (var i = 0; i < partOf.Length; i++)
        {
            partOf[i] = new PartOfFact(r.ReadString(), r.ReadString(), r.ReadBoolean() ? ReadSpan(r) : null);
        }

        var locatedIn = new LocatedInFact[Count(r)];
        for (var i = 0; i < locatedIn.Length; i++)
        {
            locatedIn[i] = new LocatedInFact(r.ReadString(), r.ReadString());
        }

        return new DocumentExtraction(mentions, positions, statements, partOf, locatedIn);
    }
}
