package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Metadata;

/**
 * Cleans a Markdown scrape with YAML front matter: title, date and source URL come from the front
 * matter; the body is already the article, so only rule-named residue is removed (end marks,
 * "Visit the meeting page", "Last review: …", duplicated lead lines, repeated captions, time
 * stamps). Immutable and thread-safe.
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
        Templates.Site site = templates.forSites(SiteKeys.forMarkdown(fm, sourceName));
        String statedTitle = Headlines.tidy(fm.get("title"));
        MainTextSelector.Selection selection = new MainTextSelector(site, true).select(blocks, statedTitle);
        List<Removal> removals = new ArrayList<>();
        for (String key : List.of("title", "date", "source_url", "tags", "published_time", "modified_time")) {
            if (!fm.get(key).isEmpty()) {
                removals.add(new Removal(key + ": " + fm.get(key), "front-matter"));
            }
        }
        removals.addAll(selection.removals());
        String title = !statedTitle.isEmpty() ? statedTitle : selection.headline().map(Headlines::tidy).orElse("");
        String date = firstDate(fm.get("date"), fm.get("published_time"), fm.get("published"), fm.get("pubdate"),
                fm.get("created"), selection.dateline().orElse(""), fm.get("modified_time"), fm.get("updated"));
        String publisher = firstNonEmpty(fm.get("publisher"), fm.get("site_name"), fm.get("source"),
                HtmlMetadata.domain(firstNonEmpty(fm.get("source_url"), fm.get("url"), fm.get("canonical_url"))));
        return PageAssembler.assemble(selection.kept(), new Metadata(title, date, publisher), removals);
    }

    private static String firstDate(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                var d = Dates.find(v);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return "";
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
