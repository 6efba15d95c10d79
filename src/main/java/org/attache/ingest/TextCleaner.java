package org.attache.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Metadata;

/**
 * Cleans a plain-text page dump (saved page text, text-browser dump, news archive text): splits it
 * into blocks ({@link TextBlocks}) and keeps the main text ({@link MainTextSelector}). The headline
 * and dateline come from the article head; the publisher from a copyright line, if any.
 * Immutable and thread-safe.
 */
final class TextCleaner implements PageCleaner {

    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\s*)?(?:copyright\\s+)?([\\p{L}][\\p{L}\\d&.' -]{1,60}?)"
                    + "(?:\\s+(?:ltd|limited|inc|plc|llc)\\b.*|\\s+(?:19|20)\\d\\d.*|\\.|\\s+all rights.*|$)",
            Pattern.CASE_INSENSITIVE);

    private final Templates templates;

    TextCleaner(Templates templates) {
        this.templates = templates;
    }

    @Override
    public CleanedPage clean(String raw, String sourceName) {
        List<Block> blocks = TextBlocks.split(raw);
        Templates.Site site = templates.forSites(SiteKeys.forText(blocks, sourceName));
        MainTextSelector.Selection selection = new MainTextSelector(site, false).select(blocks, "");
        String title = selection.headline().map(Headlines::tidy).orElse("");
        String date = selection.dateline().orElse("");
        String publisher = "";
        for (Removal r : selection.removals()) {
            if (r.rule().equals(LineRule.COPYRIGHT.ruleName())) {
                Matcher m = COPYRIGHT_HOLDER.matcher(r.text());
                if (m.find()) {
                    publisher = m.group(1).strip();
                    break;
                }
            }
        }
        return PageAssembler.assemble(selection.kept(), new Metadata(title, date, publisher), selection.removals());
    }
}
