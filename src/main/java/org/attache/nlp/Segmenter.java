package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/**
 * Splits clean text into sentences and tokens with the official OpenNLP English models.
 * Sentences never cross a paragraph break (a blank line): headlines and attribution lines carry
 * no final punctuation, and must not be glued to the next paragraph.
 * Not thread-safe (the OpenNLP ME tools are not): one per worker thread, from shared models.
 */
public final class Segmenter {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokens;

    public Segmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentences = new SentenceDetectorME(sentenceModel);
        this.tokens = new TokenizerME(tokenizerModel);
    }

    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        for (TextSpan block : Paragraphs.of(text)) {
            String blockText = block.of(text);
            for (Span s : sentences.sentPosDetect(blockText)) {
                int start = block.start() + s.getStart();
                String sentence = text.substring(start, block.start() + s.getEnd());
                List<TextSpan> toks = new ArrayList<>();
                for (Span t : tokens.tokenizePos(sentence)) {
                    toks.add(new TextSpan(start + t.getStart(), start + t.getEnd()));
                }
                out.add(new Sentence(new TextSpan(start, start + sentence.length()), toks));
            }
        }
        return out;
    }
}
