package org.attache.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.Mention;
import org.attache.model.Sentence;

/** Finds actor (and place) mentions under canonical names. One instance per worker thread. */
public interface ActorRecognizer {

    /** Mentions in {@code text}, sorted by position, with spans into {@code text}. */
    List<Mention> find(String text, List<Sentence> sentences);

    /**
     * As {@link #find(String, List)} for a document of a known date: a title before a surname that several
     * known people share resolves to the one in office on that date ("President Bush" in 2006).
     */
    default List<Mention> find(String text, List<Sentence> sentences, Optional<LocalDate> date) {
        return find(text, sentences);
    }

    /** The mentions of a document's clean text, from its sentences and date; the stage's entry in a run. */
    default List<Mention> find(AnnotatedText document) {
        return find(document.text(), document.sentences(), document.date());
    }
}
