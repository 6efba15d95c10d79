package org.attache.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What each element of a page holds, counted bottom-up in one pass: its paragraphs, whether the
 * headline is inside, and its sentence words (words of text runs long enough to be prose, outside
 * links and non-text elements). These tell where the page's main text is, whatever the elements
 * are called.
 */
final class HtmlCensus {

    /** Text runs shorter than this are labels, buttons and dates, not prose. */
    private static final int PROSE_RUN_WORDS = 6;
    /** Below this many sentence words a page has no main text worth protecting by this measure. */
    private static final int MIN_PAGE_SENTENCE_WORDS = 50;

    /** The counts of one element and everything inside it. */
    private static final class Counts {
        int paragraphs;
        int sentenceWords;
        boolean headline;
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private Counts page = NONE;

    private HtmlCensus() {
    }

    /**
     * @param root        the page's body
     * @param nonTextTags elements whose text never counts (scripts, buttons, media)
     */
    static HtmlCensus of(Element root, Set<String> nonTextTags) {
        HtmlCensus census = new HtmlCensus();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    census.count(el, nonTextTags);
                }
            }
        }, root);
        census.page = census.counts(root);
        return census;
    }

    private void count(Element el, Set<String> nonTextTags) {
        String tag = el.normalName();
        Counts c = new Counts();
        c.paragraphs = tag.equals("p") ? 1 : 0;
        c.headline = tag.equals("h1");
        boolean textCounts = !nonTextTags.contains(tag);
        boolean link = tag.equals("a");
        for (Node child : el.childNodes()) {
            if (child instanceof Element ch) {
                Counts inner = counts(ch);
                c.paragraphs += inner.paragraphs;
                c.headline |= inner.headline;
                c.sentenceWords += textCounts && !link ? inner.sentenceWords : 0;
            } else if (textCounts && !link && child instanceof TextNode t) {
                int w = TextStats.words(t.getWholeText());
                c.sentenceWords += w >= PROSE_RUN_WORDS ? w : 0;
            }
        }
        if (c.paragraphs > 0 || c.headline || c.sentenceWords > 0) {
            counts.put(el, c);
        }
    }

    private Counts counts(Element el) {
        return counts.getOrDefault(el, NONE);
    }

    int paragraphs(Element el) {
        return counts(el).paragraphs;
    }

    int sentenceWords(Element el) {
        return counts(el).sentenceWords;
    }

    boolean holdsHeadline(Element el) {
        return counts(el).headline;
    }

    /**
     * Whether {@code el} holds most of the page's main text: more than half its paragraphs, or more
     * than half its sentence words. Such an element is the body, whatever it is called.
     */
    boolean holdsMainText(Element el) {
        return page.paragraphs >= 3 && paragraphs(el) * 2 > page.paragraphs
                || page.sentenceWords >= MIN_PAGE_SENTENCE_WORDS && sentenceWords(el) * 2 > page.sentenceWords;
    }
}
