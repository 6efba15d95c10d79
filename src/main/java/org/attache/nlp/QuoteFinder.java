package org.attache.nlp;

import java.util.List;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Sentence;

/** Finds quotations and attributes them to speakers. One instance per worker thread. */
public interface QuoteFinder {

    /** Quotations in the document's clean text, with speakers linked to the given actor mentions. */
    List<Quote> find(CleanDocument document, List<Sentence> sentences, List<Mention> mentions);

    /** The quotations of a document whose sentences and mentions are made; the stage's entry in a run. */
    default List<Quote> find(AnnotatedText document) {
        return find(document.document(), document.sentences(), document.mentions());
    }
}
