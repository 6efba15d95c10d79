package org.attache.nlp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Sentence;
import org.attache.model.Statement;
import org.attache.model.TextSpan;

/**
 * One document under analysis, in the spirit of spaCy's {@code Doc}: the clean text with the paragraphs
 * cleaning found, and the layers the stages add to it, each made once and then read by the stages after
 * it: language, sentences with their tokens, actor mentions, quotations, transcript turns. Every span
 * points into the clean text.
 * <p>
 * A layer is added once; reading a layer before a stage added it, or adding it twice, is a mistake in
 * the order of the stages and throws {@link IllegalStateException} naming the layer. Not thread-safe:
 * one per document, on the worker thread analysing it.
 */
public final class AnnotatedText {

    private final CleanDocument document;
    private final List<TextSpan> paragraphs;
    private String language;
    private List<Sentence> sentences;
    private List<Mention> mentions;
    private List<Quote> quotes;
    private List<Statement> statements;

    private AnnotatedText(CleanDocument document, List<TextSpan> paragraphs) {
        this.document = document;
        this.paragraphs = paragraphs;
    }

    /**
     * A document's text and paragraphs, with no layer yet. A document built without paragraphs (by hand,
     * in a test) gets those of its text: its runs of non-blank lines, which cleaning writes one per paragraph.
     */
    public static AnnotatedText of(CleanDocument document) {
        Objects.requireNonNull(document, "document");
        List<TextSpan> paragraphs = document.paragraphs().isEmpty() && !document.text().isBlank()
                ? List.copyOf(Paragraphs.of(document.text())) : document.paragraphs();
        return new AnnotatedText(document, paragraphs);
    }

    public CleanDocument document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    /** The paragraphs, in reading order; sentences never cross them. */
    public List<TextSpan> paragraphs() {
        return paragraphs;
    }

    /** The document's date, when its metadata has a valid one (offices held on that date name people). */
    public Optional<LocalDate> date() {
        try {
            String date = document.metadata().date();
            return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String language() {
        return made(language, "language");
    }

    public List<Sentence> sentences() {
        return made(sentences, "sentences");
    }

    public List<Mention> mentions() {
        return made(mentions, "mentions");
    }

    public List<Quote> quotes() {
        return made(quotes, "quotes");
    }

    public List<Statement> statements() {
        return made(statements, "statements");
    }

    public void addLanguage(String found) {
        language = once(language, Objects.requireNonNull(found, "language"), "language");
    }

    public void addSentences(List<Sentence> found) {
        sentences = once(sentences, List.copyOf(found), "sentences");
    }

    public void addMentions(List<Mention> found) {
        mentions = once(mentions, List.copyOf(found), "mentions");
    }

    public void addQuotes(List<Quote> found) {
        quotes = once(quotes, List.copyOf(found), "quotes");
    }

    public void addStatements(List<Statement> found) {
        statements = once(statements, List.copyOf(found), "statements");
    }

    /**
     * What the stages found, as the record the index stores. A layer no stage added (a language without
     * actor and quotation analysis) is empty; the language is {@code unknown} if none was added.
     */
    public Analysis toAnalysis() {
        return new Analysis(document, WordCounter.count(text()), orEmpty(sentences), orEmpty(mentions),
                orEmpty(quotes), orEmpty(statements), language);
    }

    private static <T> List<T> orEmpty(List<T> layer) {
        return layer == null ? List.of() : layer;
    }

    private <T> T made(T layer, String name) {
        if (layer == null) {
            throw new IllegalStateException("the " + name + " of " + document.id()
                    + " are read before any stage added them: a stage runs out of order");
        }
        return layer;
    }

    private <T> T once(T layer, T found, String name) {
        if (layer != null) {
            throw new IllegalStateException("the " + name + " of " + document.id() + " were added twice");
        }
        return found;
    }
}
