package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans an HTML page: reads its metadata, strips chrome containers ({@link HtmlChrome}), turns the
 * rest into blocks ({@link HtmlBlocks}) and keeps the main text ({@link MainTextSelector}), headline
 * first. Immutable and thread-safe.
 */
final class HtmlCleaner implements PageCleaner {

    private final Templates templates;

    HtmlCleaner(Templates templates) {
        this.templates = templates;
    }

    @Override
    public CleanedPage clean(String raw, String sourceName) {
        Document doc = Jsoup.parse(raw);
        HtmlMetadata.Facts facts = HtmlMetadata.read(doc);
        Element body = doc.body();
        HtmlChrome.Stripped stripped = HtmlChrome.strip(body);
        List<Removal> removals = new ArrayList<>(stripped.removals());
        List<Block> blocks = HtmlBlocks.extract(body);
        Templates.Site site = templates.forSites(SiteKeys.forHtml(facts, sourceName));
        MainTextSelector.Selection selection = new MainTextSelector(site, false).select(blocks, facts.title());
        removals.addAll(selection.removals());

        String title = !facts.title().isEmpty() ? facts.title() : selection.headline().map(Headlines::tidy).filter(Headlines::usable).orElse("");
        List<Block> kept = new ArrayList<>(selection.kept());
        if (!title.isEmpty() && (kept.isEmpty() || !TextStats.key(kept.get(0).text()).equals(TextStats.key(title)))) {
            kept.removeIf(b -> TextStats.key(b.text()).equals(TextStats.key(title)));
            kept.add(0, new Block(title, Block.Kind.HEADING, 1, 0));
        }
        List<MetadataCandidate> candidates = new ArrayList<>(facts.titles());
        candidates.addAll(facts.dates());
        candidates.addAll(facts.publishers());
        selection.headline().ifPresent(h -> candidates.add(new MetadataCandidate("title", Headlines.tidy(h), "headline above the body", 0)));
        selection.dateline().ifPresent(d -> candidates.add(
                new MetadataCandidate("date", d, "dateline at the article head", MetadataCandidate.DateScores.HEAD_LINE)));
        List<MetadataCandidate> scored = MetadataCandidate.promoteShownDate(candidates);
        String date = MetadataCandidate.bestDate(scored).map(MetadataCandidate::value).orElse("");
        return PageAssembler.assemble(kept, new Metadata(title, date, facts.publisher()), removals)
                .withCandidates(MetadataCandidate.ranked(scored)).withSpared(stripped.spared());
    }
}
