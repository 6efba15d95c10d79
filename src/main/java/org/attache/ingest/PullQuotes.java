package org.attache.ingest;

import java.util.Locale;

/**
 * Blocks between "open quote mark" and "close quote mark" alt-texts are a pull quote: the last of
 * them, when it is short and not a sentence, is the attribution line ("NATO release"). The marks
 * themselves go as {@link LineRule#QUOTE_MARK}.
 */
final class PullQuotes implements SelectionRule {

    @Override
    public void apply(PageBlocks page) {
        int open = -1;
        for (int i = 0; i < page.size(); i++) {
            String t = page.get(i).text();
            if (!LineRule.QUOTE_MARK.matches(t)) {
                continue;
            }
            boolean opening = t.toLowerCase(Locale.ROOT).matches("^(open|left|start).*");
            page.remove(i, LineRule.QUOTE_MARK);
            if (opening) {
                open = i;
            } else if (open >= 0 && i - open >= 2) {
                int last = i - 1;
                boolean attribution = i - open >= 3 && BlockShapes.isAttributionLine(page.get(last).text());
                for (int j = open + 1; j < i; j++) {
                    if (!page.isRemoved(j)) {
                        page.setKind(j, j == last && attribution ? Block.Kind.ATTRIBUTION : Block.Kind.QUOTE);
                    }
                }
                open = -1;
            }
        }
    }
}
