package org.attache.nlp.quotes;

import org.attache.nlp.QuoteFinder;
import org.attache.nlp.TranscriptReader;

/**
 * The front door to quotation finding and transcript reading. Load once per run (it reads the cue
 * lexicon and the speaker-role word lists); it is immutable and may be shared by all worker
 * threads. Each worker takes its own {@link QuoteFinder} and {@link TranscriptReader}.
 *
 * <pre>{@code
 * Quotations quotations = Quotations.load();            // once
 * QuoteFinder quotes = quotations.newQuoteFinder();      // per worker thread
 * List<Quote> found = quotes.find(document, sentences, mentions);
 * }</pre>
 */
public final class Quotations {

    private final QuoteLexicon lexicon;

    private Quotations(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads the word lists from the classpath; throws {@link IllegalStateException} if they are missing. */
    public static Quotations load() {
        return new Quotations(QuoteLexicon.load());
    }

    public QuoteFinder newQuoteFinder() {
        return new RuleQuoteFinder(lexicon);
    }

    public TranscriptReader newTranscriptReader() {
        return new TranscriptTurns(lexicon);
    }
}
