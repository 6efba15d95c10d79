package org.attache.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.SourceFormat;
import org.attache.model.Statement;

/** Turns an {@link Analysis} into Lucene documents and stored fields back into an {@link Analysis}. */
public final class AnalysisCodec {

    private AnalysisCodec() {
    }

    /** The document's Lucene document first, then one per quotation. */
    public static List<Document> toLucene(Analysis a) {
        CleanDocument d = a.document();
        Metadata m = d.metadata();
        List<Document> out = new ArrayList<>();
        var doc = new Document();
        doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(IndexSchema.GROUP, d.id(), Field.Store.NO));
        doc.add(new StringField(IndexSchema.ID, d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.ID_SORT, new BytesRef(d.id())));
        doc.add(new StoredField(IndexSchema.HASH, d.versionKey()));
        // also as doc values: a re-run checks every document's hash, and stored fields would be decompressed for it
        doc.add(new BinaryDocValuesField(IndexSchema.HASH_DV, new BytesRef(d.versionKey())));
        doc.add(new StoredField(IndexSchema.FORMAT, d.format().name()));
        doc.add(new TextField(IndexSchema.TITLE, m.title(), Field.Store.YES));
        addDate(doc, m.date());
        doc.add(new TextField(IndexSchema.PUBLISHER, m.publisher(), Field.Store.YES));
        doc.add(new Field(IndexSchema.BODY, d.text(), IndexSchema.BODY_TYPE));
        IndexSchema.bodyFieldOf(a.language()).ifPresent(f -> doc.add(new TextField(f, d.text(), Field.Store.NO)));
        addLanguage(doc, a.language());
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.LANGUAGE_FACET, a.language()));
        doc.add(new BinaryDocValuesField(IndexSchema.FINGERPRINT_DV, new BytesRef(TextFingerprint.of(d.text()).encode())));
        doc.add(new StoredField(IndexSchema.WORDS, a.words()));
        doc.add(new IntPoint(IndexSchema.WORDS, a.words()));
        Set<String> actors = new LinkedHashSet<>();
        for (Mention mention : a.mentions()) {
            if (mention.type().isActor()) {
                actors.add(mention.actor());
            }
        }
        for (String actor : actors) {
            doc.add(new StringField(IndexSchema.ACTOR, actor.toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.ACTOR_FACET, actor));
        }
        Set<String> speakers = new LinkedHashSet<>();
        a.quotes().forEach(q -> speakers.add(q.speaker()));
        a.statements().forEach(s -> speakers.add(s.speaker()));
        for (String speaker : speakers) {
            doc.add(new TextField(IndexSchema.SPEAKER, speaker, Field.Store.NO));
        }
        if (speakers.isEmpty()) {
            doc.add(new TextField(IndexSchema.SPEAKER, "", Field.Store.NO)); // see quoteDocument: every document has it
        }
        doc.add(new TextField(IndexSchema.QUOTE, "", Field.Store.NO));
        doc.add(new StoredField(IndexSchema.ANALYSIS_DATA, AnalysisRecord.encode(d.text(), new AnalysisRecord.Parts(
                d.paragraphs(), d.blockQuotes(), a.sentences(), a.mentions(), a.quotes(), a.statements()))));
        FacetFields.addToDocument(doc, a);
        out.add(doc);
        for (Quote q : a.quotes()) {
            out.add(quoteDocument(d.id(), m, a.language(), IndexSchema.KIND_QUOTE, q));
        }
        for (Statement st : a.statements()) {
            // a transcript turn is searchable as words said by its speaker, like a quotation
            out.add(quoteDocument(d.id(), m, a.language(), IndexSchema.KIND_TURN, new Quote(st.span(), st.text(), st.speaker(),
                    st.speakerActor(), st.speakerRole(), "", QuoteKind.DIRECT, 1.0)));
        }
        return out;
    }

    private static Document quoteDocument(String id, Metadata m, String language, String kind,
                                                                 Quote q) {
        var qd = new Document();
        qd.add(new StringField(IndexSchema.KIND, kind, Field.Store.NO));
        qd.add(new StringField(IndexSchema.GROUP, id, Field.Store.NO));
        qd.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
        qd.add(new SortedDocValuesField(IndexSchema.ID_SORT, new BytesRef(id)));
        // Indexed like the document's title: Lucene 9 refuses one field indexed in some documents and not others.
        qd.add(new TextField(IndexSchema.TITLE, m.title(), Field.Store.YES));
        addDate(qd, m.date());
        qd.add(new TextField(IndexSchema.QUOTE, q.text(), Field.Store.YES));
        // Empty, so that every Lucene document has each text field the document's has: a field some documents of a
        // segment lack gets sparse norms, which Lucene's postings writer re-opens and scans from the segment's
        // first document for every term it writes (a third of a 100-document shard's time went there). An
        // empty field adds no term, so searches and their scores stay the same.
        qd.add(new TextField(IndexSchema.PUBLISHER, "", Field.Store.NO));
        qd.add(new Field(IndexSchema.BODY, "", IndexSchema.EMPTY_BODY_TYPE));
        addLanguage(qd, language);
        qd.add(new SortedSetDocValuesFacetField(IndexSchema.LANGUAGE_FACET, language)); // the quotes page's facet
        qd.add(new TextField(IndexSchema.SPEAKER, q.speaker(), Field.Store.YES));
        qd.add(new StringField(IndexSchema.SPEAKER_ACTOR, q.speakerActor().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (!q.speakerActor().isEmpty()) {
            qd.add(new StringField(IndexSchema.ACTOR, q.speakerActor().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        qd.add(new StoredField(IndexSchema.QUOTE_DATA, AnalysisRecord.encodeQuote(q)));
        FacetFields.addToQuote(qd, q);
        return qd;
    }

    private static void addLanguage(Document doc, String language) {
        doc.add(new StringField(IndexSchema.LANGUAGE, language, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.LANGUAGE, new BytesRef(language)));
    }

    private static void addDate(Document doc, String isoDate) {
        doc.add(new StoredField(IndexSchema.DATE, isoDate));
        epochDay(isoDate).ifPresent(day -> {
            doc.add(new LongPoint(IndexSchema.DATE_DAY, day));
            doc.add(new NumericDocValuesField(IndexSchema.DATE_DAY, day));
        });
    }

    /** The ISO date as days since 1970-01-01, if it is a valid date. */
    public static Optional<Long> epochDay(String isoDate) {
        try {
            return isoDate.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(isoDate).toEpochDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Rebuilds the analysis of a {@code kind:document} hit from its stored fields, exactly as it was indexed. */
    public static Analysis fromLucene(StoredFields stored, int docId) throws IOException {
        var doc = stored.document(docId);
        String text = doc.get(IndexSchema.BODY);
        AnalysisRecord.Parts parts = AnalysisRecord.decode(doc.getBinaryValue(IndexSchema.ANALYSIS_DATA), text);
        CleanDocument d = new CleanDocument(doc.get(IndexSchema.ID), SourceFormat.valueOf(doc.get(IndexSchema.FORMAT)),
                new Metadata(doc.get(IndexSchema.TITLE), doc.get(IndexSchema.DATE), doc.get(IndexSchema.PUBLISHER)),
                text, parts.paragraphs(), parts.blockQuotes(), doc.get(IndexSchema.HASH));
        int words = doc.getField(IndexSchema.WORDS).numericValue().intValue();
        return new Analysis(d, words, parts.sentences(), parts.mentions(), parts.quotes(), parts.statements(),
                doc.get(IndexSchema.LANGUAGE));
    }

    /** Rebuilds a quotation from a {@code kind:quote} hit's record and its quote text. */
    static Quote quoteFromLucene(Document doc) throws IOException {
        return AnalysisRecord.decodeQuote(doc.getBinaryValue(IndexSchema.QUOTE_DATA), doc.get(IndexSchema.QUOTE));
    }
}
