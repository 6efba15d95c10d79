package org.attache.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.attache.index.IndexSchema;
import org.attache.model.Rejection;
import org.attache.nlp.DocumentAnalyzer;

/**
 * The note rows of errors.csv for documents in a language that gets no actor or quotation analysis:
 * they are cleaned, counted and indexed (and listed in documents.csv), and the note says why their
 * counts are empty. Read from the index, so unchanged documents keep their note on a re-run.
 */
final class LanguageNotes {

    static final String PREFIX = "note: ";

    private LanguageNotes() {
    }

    static List<Rejection> of(DirectoryReader index) throws IOException {
        List<Rejection> notes = new ArrayList<>();
        for (LeafReaderContext leaf : index.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
            SortedDocValues languages = leaf.reader().getSortedDocValues(IndexSchema.LANGUAGE);
            if (ids == null || languages == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            // only documents carry a fingerprint; quotations carry the language too
            var prints = leaf.reader().getBinaryDocValues(IndexSchema.FINGERPRINT_DV);
            if (prints == null) {
                continue;
            }
            for (int doc = prints.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = prints.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc) && languages.advanceExact(doc)) {
                    String language = languages.lookupOrd(languages.ordValue()).utf8ToString();
                    if (!DocumentAnalyzer.isAnalysed(language)) {
                        notes.add(new Rejection(ids.lookupOrd(ids.ordValue()).utf8ToString(), PREFIX + "language '"
                                + language + "': cleaned, counted and indexed for search, but actors and quotations "
                                + "are only found in English and French"));
                    }
                }
            }
        }
        return notes;
    }
}
