package org.attache.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;

/**
 * The facet fields the workbench counts and filters by (publisher, format, actor type, speaker):
 * one place for them, so the codec needs a single call per Lucene document. Facets need a label,
 * so empty values are left out.
 */
final class FacetFields {

    private FacetFields() {
    }

    static void addToDocument(Document doc, Analysis a) {
        add(doc, IndexSchema.PUBLISHER_FACET, a.document().metadata().publisher());
        add(doc, IndexSchema.FORMAT_FACET, a.document().format().name().toLowerCase(Locale.ROOT));
        Set<String> types = new LinkedHashSet<>();
        for (Mention m : a.mentions()) {
            if (m.type().isActor()) {
                types.add(m.type().name());
            }
        }
        types.forEach(t -> add(doc, IndexSchema.ACTOR_TYPE_FACET, t));
        Set<String> speakers = new LinkedHashSet<>();
        a.quotes().forEach(q -> speakers.add(q.speaker()));
        a.statements().forEach(s -> speakers.add(s.speaker()));
        speakers.remove("Q"); // a reporter's question in a transcript
        speakers.forEach(s -> add(doc, IndexSchema.SPEAKER_FACET, s));
    }

    static void addToQuote(Document doc, Quote q) {
        if (!q.speaker().equals("Q")) { // a reporter's question in a transcript: no speaker to count
            add(doc, IndexSchema.SPEAKER_FACET, q.speaker());
        }
    }

    private static void add(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
        }
    }
}
