package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.attache.model.Cancellation;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.maxent.MaxentSentenceDetector;
import org.attache.nlp.maxent.MaxentTokenizer;
import org.attache.nlp.maxent.SpanSplitter;

/**
 * Splits clean text into sentences and tokens with the official OpenNLP English models, exactly as
 * OpenNLP's SentenceDetectorME and TokenizerME would; {@link MaxentSentenceDetector} and
 * {@link MaxentTokenizer} are faster copies of their decisions, used when the models allow.
 * Sentences never cross a paragraph break (a blank line): headlines and attribution lines carry
 * no final punctuation, and must not be glued to the next paragraph.
 * Not thread-safe (neither are the tools): one per worker thread, from shared models.
 */
public final class Segmenter {

    private final SpanSplitter sentences;
    private final SpanSplitter tokens;
    private final List<TextSpan> sentenceSpans = new ArrayList<>();

    public Segmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentences = MaxentSentenceDetector.of(sentenceModel)
                .<SpanSplitter>map(d -> d)
                .orElseGet(() -> MaxentSentenceDetector.openNlp(sentenceModel));
        this.tokens = MaxentTokenizer.of(tokenizerModel)
                .<SpanSplitter>map(t -> t)
                .orElseGet(() -> MaxentTokenizer.openNlp(tokenizerModel));
    }

    /** The sentences of {@code text}, whose paragraphs are its runs of non-blank lines. */
    public List<Sentence> segment(String text) {
        return segment(text, Paragraphs.of(text));
    }

    /** The sentences of a document's paragraphs, as cleaning found them (spans into {@code text}). */
    public List<Sentence> segment(String text, List<TextSpan> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (TextSpan block : paragraphs) {
            sentenceSpans.clear();
            sentences.split(text, block.start(), block.end(), sentenceSpans);
            for (TextSpan sentence : sentenceSpans) {
                Cancellation.check();
                List<TextSpan> toks = new ArrayList<>();
                tokens.split(text, sentence.start(), sentence.end(), toks);
                out.add(new Sentence(sentence, toks));
            }
        }
        return out;
    }
}
