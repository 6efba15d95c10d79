package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/**
 * Splits clean text into sentences and tokens with the official OpenNLP English models, exactly as
 * OpenNLP's SentenceDetectorME and TokenizerME would (the tokenizer is {@link MaxentTokenizer},
 * a faster copy of TokenizerME's decisions, when the model allows).
 * Sentences never cross a paragraph break (a blank line): headlines and attribution lines carry
 * no final punctuation, and must not be glued to the next paragraph.
 * Not thread-safe (the OpenNLP ME tools are not): one per worker thread, from shared models.
 */
public final class Segmenter {

    private final SentenceDetectorME sentences;
    private final SpanSplitter tokens;

    public Segmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentences = new SentenceDetectorME(sentenceModel);
        this.tokens = MaxentTokenizer.of(tokenizerModel)
                .<SpanSplitter>map(t -> t)
                .orElseGet(() -> MaxentTokenizer.openNlp(tokenizerModel));
    }

    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        for (TextSpan block : Paragraphs.of(text)) {
            String blockText = block.of(text);
            for (Span s : sentences.sentPosDetect(blockText)) {
                int start = block.start() + s.getStart();
                int end = block.start() + s.getEnd();
                List<TextSpan> toks = new ArrayList<>();
                tokens.split(text, start, end, toks);
                out.add(new Sentence(new TextSpan(start, end), toks));
            }
        }
        return out;
    }
}
