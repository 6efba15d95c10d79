package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        List<MetadataCandidate> candidates = new ArrayList<>();
        Optional<String> headline = selection.headline().map(Headlines::tidy).filter(Headlines::usable);
        Optional<String> aboveByline = Headlines.aboveByline(blocks, selection.removals(), selection.kept());
        headline.ifPresent(h -> candidates.add(new MetadataCandidate("title", h, "headline at the article head", TitleScores.HEAD)));
        // a line right above the byline or dateline is the headline; section labels above it are not
        aboveByline.ifPresent(h -> candidates.add(new MetadataCandidate("title", h, "line above the byline",
                TitleScores.ABOVE_BYLINE)));
        Optional<String> kicker = DumpHeadlines.headlineOverKicker(raw);
        // an archive export's "Headline; " line with its kicker under it says which line is the headline
        kicker.ifPresent(h -> candidates.add(new MetadataCandidate("title", h, "first line, over its kicker",
                TitleScores.OVER_KICKER)));
        Optional<String> opening = DumpHeadlines.openingLine(blocks, selection.kept(), selection.removals(), headline);
        opening.ifPresent(h -> candidates.add(new MetadataCandidate("title", h, "first line, over the head lines and the body",
                TitleScores.OPENING_LINE)));
        Optional<String> firstLine = headline.isPresent() || aboveByline.isPresent() || opening.isPresent() ? Optional.empty()
                : Headlines.firstLine(blocks, selection.kept());
        firstLine.ifPresent(h -> candidates.add(new MetadataCandidate("title", h, "first line, a short sentence over the article",
                TitleScores.FIRST_LINE)));
        String title = kicker.or(() -> aboveByline).or(() -> opening).or(() -> headline).or(() -> firstLine).orElse("");
        String date = selection.dateline().orElse("");
        selection.dateline().ifPresent(d -> candidates.add(new MetadataCandidate("date", d, "dateline at the article head",
                MetadataCandidate.DateScores.HEAD_LINE)));
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
        if (!publisher.isEmpty()) {
            candidates.add(new MetadataCandidate("publisher", publisher, "copyright line", 0));
        }
        return PageAssembler.assemble(selection.kept(), new Metadata(title, date, publisher), selection.removals())
                .withCandidates(MetadataCandidate.ranked(candidates));
    }

    /** How far each place a dump's title can be read is trusted. */
    private static final class TitleScores {
        static final int OVER_KICKER = 95;
        static final int ABOVE_BYLINE = 90;
        static final int OPENING_LINE = 85;
        static final int HEAD = 80;
        static final int FIRST_LINE = 60;

        private TitleScores() {
        }
    }
}
