package org.attache.nlp;

import java.util.List;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Statement;

/** Splits transcripts ("PRESIDENT BIDEN: ...", "Q ...") into speaker turns. Empty for other documents. */
public interface TranscriptReader {

    List<Statement> read(CleanDocument document, List<Mention> mentions);

    /** The turns of a document whose mentions are made; the stage's entry in a run. */
    default List<Statement> read(AnnotatedText document) {
        return read(document.document(), document.mentions());
    }
}
