package org.attache.nlp.quotes;

import java.util.List;
import org.attache.model.Document;
import org.attache.model.TextSpan;

/** Whether a document's clean text opens with its headline, the one paragraph that is its title. */
final class Headline {

    private static final String TRAILING = "[\\s.:;,\u2026]+$";

    private Headline() {
    }

    static boolean isFirstParagraph(Document document) {
        String title = document.metadata().title().replaceAll(TRAILING, "");
        List<TextSpan> paragraphs = document.paragraphs();
        if (title.isEmpty() || paragraphs.isEmpty()) {
            return false;
        }
        return paragraphs.get(0).of(document.text()).strip().replaceAll(TRAILING, "").equals(title);
    }
}
