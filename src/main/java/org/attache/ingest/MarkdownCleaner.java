package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.ingest.MetadataCandidate.DateScores;
import org.attache.model.Metadata;

/**
 * Cleans a Markdown scrape with YAML front matter: title, date and source URL come from the front
 * matter; the body is already the article, so only rule-named residue is removed (end marks,
 * "Visit the meeting page", "Last review: …", duplicated lead lines, repeated captions, time
 * stamps, the front matter's description repeated as a teaser). Immutable and thread-safe.
 */
final class MarkdownCleaner implements PageCleaner {

    private final Templates templates;

    MarkdownCleaner(Templates templates) {
        this.templates = templates;
    }

    @Override
    public CleanedPage clean(String raw, String sourceName) {
        FrontMatter fm = FrontMatter.parse(raw);
        List<Block> blocks = MarkdownBlocks.split(raw.substring(fm.bodyStart()));
        List<Removal> removals = new ArrayList<>();
        for (String key : List.of("title", "date", "source_url", "tags", "published_time", "modified_time")) {
            if (!fm.get(key).isEmpty()) {
                removals.add(new Removal(key + ": " + fm.get(key), "front-matter"));
            }
        }
        blocks = Teasers.dropRepeatedDescription(blocks, fm.get("description"), removals);
        Templates.Site site = templates.forSites(SiteKeys.forMarkdown(fm, sourceName));
        String statedTitle = Headlines.tidy(fm.get("title"));
        MainTextSelector.Selection selection = new MainTextSelector(site, true).select(blocks, statedTitle);
        removals.addAll(selection.removals());
        String title = !statedTitle.isEmpty() ? statedTitle : selection.headline().map(Headlines::tidy).filter(Headlines::usable).orElse("");

        List<MetadataCandidate> candidates = new ArrayList<>();
        for (String key : FrontMatter.DATE_KEYS) {
            Dates.find(fm.get(key)).ifPresent(d -> candidates.add(date(d, "front matter " + key, DateScores.PUBLISHED)));
        }
        for (String key : FrontMatter.UPDATE_KEYS) {
            Dates.find(fm.get(key)).ifPresent(d -> candidates.add(date(d, "front matter " + key, DateScores.MODIFIED)));
        }
        for (String key : List.of("url", "source_url", "canonical_url")) {
            Dates.fromUrl(fm.get(key)).ifPresent(d -> candidates.add(date(d, "url " + fm.get(key), DateScores.URL)));
        }
        selection.dateline().ifPresent(d -> candidates.add(date(d, "dateline at the article head", DateScores.HEAD_LINE)));
        String date = MetadataCandidate.bestDate(candidates).map(MetadataCandidate::value).orElse("");
        String sourceUrl = TextStats.firstNonBlank(fm.get("source_url"), fm.get("url"), fm.get("canonical_url"));
        String publisher = TextStats.firstNonBlank(fm.get("publisher"), fm.get("site_name"), fm.get("source"), HtmlMetadata.domain(sourceUrl));
        if (!publisher.isEmpty()) {
            boolean stated = publisher.equals(TextStats.firstNonBlank(fm.get("publisher"), fm.get("site_name"), fm.get("source")));
            candidates.add(new MetadataCandidate("publisher", publisher, stated ? "front matter" : "domain of " + sourceUrl, 0));
        }
        return PageAssembler.assemble(selection.kept(), new Metadata(title, date, publisher), removals)
                .withCandidates(MetadataCandidate.ranked(candidates));
    }

    private static MetadataCandidate date(String iso, String source, int score) {
        return new MetadataCandidate("date", iso, source, score);
    }
}
