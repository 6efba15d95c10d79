package org.attache.ingest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Learns {@link Templates} from a first pass over all documents of a run: a line that occurs in at
 * least {@value #MIN_DOCUMENTS} documents of a site, and in at least half of that site's documents,
 * is template. Feed every document with {@link #add}, then call {@link #build} once.
 * {@code add} is thread-safe, so the first pass may run in parallel. A distributed pass (Spark) splits
 * {@code add} into {@link #observe} (the costly part, on any machine), {@link #count} and {@link #merge}.
 */
public final class TemplateLearner implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What one document teaches: its content hash (copies teach once), the sites it belongs to and its
     * short lines' keys. {@code sourceName} is its document id.
     */
    public record Observation(String sourceName, long documentHash, List<String> sites, Set<String> lines)
            implements Serializable {
        public Observation {
            sites = List.copyOf(sites);
            lines = Set.copyOf(lines);
        }
    }

    static final int MIN_DOCUMENTS = 3;
    private static final double MIN_SHARE = 0.5;
    /** Lines longer than this are content even when repeated (a quoted paragraph in a series of releases). */
    private static final int MAX_TEMPLATE_WORDS = 60;

    /**
     * Lines counted per site before the lines seen only once are dropped. Memory must not grow with
     * the corpus: lines are counted by a 64-bit hash, their text kept only once seen twice, and a
     * template line (in half a site's documents) repeats long before a site reaches this many lines.
     */
    static final int MAX_LINES_PER_SITE = 200_000;

    private final Map<String, Integer> documentsPerSite = new HashMap<>();
    private final Map<String, Map<Long, Integer>> lineCounts = new HashMap<>();
    private final Map<String, Map<Long, String>> repeatedLines = new HashMap<>();

    /** Hashes of the documents read so far: a document saved twice is one document, not a template. */
    private final Set<Long> seenDocuments = new HashSet<>();

    /** Whether every line's text is kept, not only the repeated ones: in a partial learner whose counts are merged. */
    private final boolean keepEveryLine;

    public TemplateLearner() {
        this(false);
    }

    private TemplateLearner(boolean keepEveryLine) {
        this.keepEveryLine = keepEveryLine;
    }

    /**
     * A learner for one part of a corpus, to be {@link #merge merged} with the others: it keeps the text
     * of lines seen once too, since another part may hold their second sighting.
     */
    public static TemplateLearner forMerging() {
        return new TemplateLearner(true);
    }

    /** Reads one decoded document of the run; copies of a document already read are ignored. */
    public void add(String sourceName, String decodedText) {
        synchronized (this) {
            if (!seenDocuments.add(hash64(decodedText))) {
                return;
            }
        }
        countLines(observe(sourceName, decodedText));
    }

    /** What one decoded document teaches, without counting it; thread-safe, needs no learner. */
    public static Observation observe(String sourceName, String decodedText) {
        SourceFormat format = SiteKeys.formatOf(decodedText, sourceName);
        List<Block> blocks;
        List<String> sites;
        switch (format) {
            case HTML -> {
                Document doc = Jsoup.parse(decodedText);
                // only what names the site, read before the chrome is stripped (titles and dates are the cleaner's)
                String url = HtmlMetadata.url(doc);
                sites = SiteKeys.forHtml(url, HtmlMetadata.publisher(doc, url), sourceName);
                HtmlChrome.strip(doc.body());
                blocks = HtmlBlocks.extract(doc.body());
            }
            case MARKDOWN -> {
                FrontMatter fm = FrontMatter.parse(decodedText);
                blocks = MarkdownBlocks.split(decodedText.substring(fm.bodyStart()));
                sites = SiteKeys.forMarkdown(fm, sourceName);
            }
            default -> {
                blocks = TextBlocks.split(decodedText);
                sites = SiteKeys.forText(blocks, sourceName);
            }
        }
        Set<String> lines = new HashSet<>();
        for (Block b : blocks) {
            if (b.words() >= 1 && b.words() <= MAX_TEMPLATE_WORDS) {
                lines.add(TextStats.key(b.text()));
            }
        }
        lines.remove("");
        return new Observation(sourceName, hash64(decodedText), sites, lines);
    }

    /** Counts an observed document, unless a copy of it was counted already. */
    public void count(Observation o) {
        synchronized (this) {
            if (!seenDocuments.add(o.documentHash())) {
                return;
            }
        }
        countLines(o);
    }

    /**
     * Adds the counts of {@code other}, a learner {@link #forMerging for merging} fed with other documents
     * (copies of a document across learners are each counted: give each content to one learner); returns
     * this learner.
     */
    public synchronized TemplateLearner merge(TemplateLearner other) {
        seenDocuments.addAll(other.seenDocuments);
        other.documentsPerSite.forEach((site, n) -> documentsPerSite.merge(site, n, Integer::sum));
        other.lineCounts.forEach((site, counts) -> {
            Map<Long, Integer> mine = lineCounts.computeIfAbsent(site, k -> new HashMap<>());
            Map<Long, String> repeated = repeatedLines.computeIfAbsent(site, k -> new HashMap<>());
            Map<Long, String> theirs = other.repeatedLines.getOrDefault(site, Map.of());
            counts.forEach((hash, n) -> {
                int total = mine.merge(hash, n, Integer::sum);
                String text = theirs.get(hash);
                if (text != null && (total >= 2 || keepEveryLine)) {
                    repeated.putIfAbsent(hash, text);
                }
            });
        });
        return this;
    }

    private synchronized void countLines(Observation o) {
        for (String site : o.sites()) {
            documentsPerSite.merge(site, 1, Integer::sum);
            Map<Long, Integer> counts = lineCounts.computeIfAbsent(site, k -> new HashMap<>());
            Map<Long, String> repeated = repeatedLines.computeIfAbsent(site, k -> new HashMap<>());
            for (String line : o.lines()) {
                long hash = hash64(line);
                int n = counts.merge(hash, 1, Integer::sum);
                if (n == 2 || n == 1 && keepEveryLine) {
                    repeated.putIfAbsent(hash, line);
                }
            }
            if (counts.size() > MAX_LINES_PER_SITE) {
                counts.values().removeIf(count -> count == 1);
                if (keepEveryLine) {
                    repeated.keySet().retainAll(counts.keySet());
                }
            }
        }
    }

    /** The templates learned so far, as an immutable object. */
    public synchronized Templates build() {
        Map<String, Set<String>> templates = new HashMap<>();
        for (Map.Entry<String, Map<Long, Integer>> site : lineCounts.entrySet()) {
            int documents = documentsPerSite.get(site.getKey());
            Map<Long, String> repeated = repeatedLines.get(site.getKey());
            Set<String> lines = new HashSet<>();
            for (Map.Entry<Long, Integer> line : site.getValue().entrySet()) {
                int count = line.getValue();
                if (count >= MIN_DOCUMENTS && count >= MIN_SHARE * documents) {
                    lines.add(repeated.get(line.getKey()));
                }
            }
            if (!lines.isEmpty()) {
                templates.put(site.getKey(), Set.copyOf(lines));
            }
        }
        return new Templates(templates);
    }

    /** FNV-1a over the line's characters: 64 bits, so distinct lines practically never share a count. */
    static long hash64(String line) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < line.length(); i++) {
            h ^= line.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
