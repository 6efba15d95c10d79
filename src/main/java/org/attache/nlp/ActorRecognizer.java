package org.attache.nlp;

import java.util.List;
import org.attache.model.Mention;
import org.attache.model.Sentence;

/** Finds actor (and place) mentions under canonical names. One instance per worker thread. */
public interface ActorRecognizer {

    /** Mentions in {@code text}, sorted by position, with spans into {@code text}. */
    List<Mention> find(String text, List<Sentence> sentences);
}
