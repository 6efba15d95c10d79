package org.attache.ingest;

import java.util.Optional;
import org.attache.model.Cancellation;

/**
 * Removes blocks that are chrome on their own: lines the site repeats on many pages
 * ({@link RemovalReason#SITE_TEMPLATE}) and lines a {@link LineRule} names. The first dateline's
 * date is kept for the page's metadata. Attribution lines of pull quotes are left alone.
 */
final class ChromeLines implements SelectionRule {

    private final Templates.Site templates;

    ChromeLines(Templates.Site templates) {
        this.templates = templates;
    }

    @Override
    public void apply(PageBlocks page) {
        for (int i = 0; i < page.size(); i++) {
            Cancellation.check();
            if (page.isRemoved(i)) {
                continue;
            }
            Block b = page.get(i);
            if (templates.isTemplate(b.text())) {
                page.remove(i, RemovalReason.SITE_TEMPLATE);
                continue;
            }
            if (b.kind() == Block.Kind.ATTRIBUTION) {
                continue;
            }
            Optional<LineRule> rule = LineRule.firstMatch(b.text());
            if (rule.isPresent()) {
                page.remove(i, rule.get());
                if (rule.get() == LineRule.DATELINE && page.dateline() == null) {
                    page.setDateline(Dates.find(b.text()).orElse(null));
                }
            }
        }
    }
}
