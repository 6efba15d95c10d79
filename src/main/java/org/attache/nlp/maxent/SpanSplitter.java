package org.attache.nlp.maxent;

import java.util.List;
import org.attache.model.TextSpan;

/** Splits a stretch of a text into spans (sentences or tokens) with offsets into the whole text. */
public interface SpanSplitter {

    /** Adds the spans of {@code text[start, end)}, in order, to {@code out}. */
    void split(String text, int start, int end, List<TextSpan> out);
}
