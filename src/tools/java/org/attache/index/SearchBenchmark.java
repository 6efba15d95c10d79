package org.attache.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.StageTimer;
import org.attache.pipeline.CorpusScan;
import org.attache.pipeline.ShippedModels;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.SourceFile;

/**
 * Search latency on a large index: analyses the documents of a corpus once, replicates them under
 * distinct ids and spread-out dates to {@code --docs} documents (10,000 by default), indexes them,
 * then times a fixed mix of analyst queries (text, phrases, Boolean, wildcards, fields, actor, speaker
 * and date filters, quotations), each with facets and snippets exactly as {@code attache search}
 * computes them. Reports median and 95th-percentile latency per query and overall.
 *
 * <p>When the analysers find no actors or quotations (the corpus is unannotated, or the recognisers
 * are not plugged in), a fixed list of well-known actor names and the quoted passages of the text
 * stand in for them, so facets and quote search are exercised on realistic data.
 *
 * <p>Run: {@code java -cp target/attache.jar org.attache.index.SearchBenchmark [CORPUS] [--docs N]
 * [--rounds N] [--work DIR]}; with {@code --work} the index is kept there and reused by the next run
 * of the same size. Other code (the bench command) calls {@link #run}.
 */
public final class SearchBenchmark {

    /** What was measured. Latencies in milliseconds. */
    /**
     * What was measured, in milliseconds: wall-clock latency, and the CPU time of the searching thread
     * (the honest figure on a machine shared with other work). {@code perQuery} holds per query
     * {median wall, p95 wall, median CPU, p95 CPU, matches}.
     */
    public record Result(int documents, int samples, double indexSeconds, double medianMillis, double p95Millis,
                         double medianCpuMillis, double p95CpuMillis, Map<String, double[]> perQuery) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One query of the mix, with a label for the report. */
    record Probe(String label, SearchRequest request, boolean quotes) {
    }

    private static final List<Probe> MIX = List.of(
            new Probe("word: cyber", SearchRequest.of("cyber"), false),
            new Probe("stemmed: sanctions", SearchRequest.of("sanctions"), false),
            new Probe("phrase: \"Article 5\"", SearchRequest.of("\"Article 5\""), false),
            new Probe("AND: russia AND cyber", SearchRequest.of("russia AND cyber"), false),
            new Probe("OR: ransomware OR malware", SearchRequest.of("ransomware OR malware"), false),
            new Probe("NOT: defence -china", SearchRequest.of("defence -china"), false),
            new Probe("wildcard: cyber*", SearchRequest.of("cyber*"), false),
            new Probe("field: title:summit", SearchRequest.of("title:summit"), false),
            new Probe("all + actor Russia", SearchRequest.of("*").withActors("Russia"), false),
            new Probe("security + 2021 dates", SearchRequest.of("security")
                    .withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), false),
            new Probe("alliance + NATO + US", SearchRequest.of("alliance").withActors("NATO", "United States"), false),
            new Probe("quotes: security", SearchRequest.of("security"), true),
            new Probe("quotes: speaker Biden", SearchRequest.of("*").withSpeaker("Biden"), true));

    /** Stand-in actors: a name as written and the canonical actor it counts under. */
    private static final String[][] KNOWN_ACTORS = {
            {"NATO", "NATO", "ORGANIZATION"}, {"the Alliance", "NATO", "ORGANIZATION"},
            {"European Union", "European Union", "ORGANIZATION"}, {"United Nations", "United Nations", "ORGANIZATION"},
            {"United States", "United States", "COUNTRY"}, {"U.S.", "United States", "COUNTRY"},
            {"Russia", "Russia", "COUNTRY"}, {"Russian", "Russia", "COUNTRY"}, {"China", "China", "COUNTRY"},
            {"Chinese", "China", "COUNTRY"}, {"Ukraine", "Ukraine", "COUNTRY"}, {"United Kingdom", "United Kingdom",
            "COUNTRY"}, {"France", "France", "COUNTRY"}, {"Germany", "Germany", "COUNTRY"}, {"Poland", "Poland",
            "COUNTRY"}, {"Finland", "Finland", "COUNTRY"}, {"Sweden", "Sweden", "COUNTRY"}, {"Turkey", "Turkey",
            "COUNTRY"}, {"Iran", "Iran", "COUNTRY"}, {"North Korea", "North Korea", "COUNTRY"},
            {"Belarus", "Belarus", "COUNTRY"}, {"Canada", "Canada", "COUNTRY"}, {"Japan", "Japan", "COUNTRY"},
            {"Biden", "Joe Biden", "PERSON"}, {"Stoltenberg", "Jens Stoltenberg", "PERSON"},
            {"Putin", "Vladimir Putin", "PERSON"}, {"Zelenskyy", "Volodymyr Zelenskyy", "PERSON"}};
    private static final String[] SPEAKERS = {"Joe Biden", "Jens Stoltenberg", "Boris Johnson", "Emmanuel Macron",
            "Olaf Scholz", "Mark Rutte", "Senior administration official"};
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{20,400})[\"”]");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("corpus");
        int documents = 10_000;
        int rounds = 20;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> documents = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        boolean temporary = work == null;
        if (temporary) {
            work = Files.createTempDirectory("attache-search-bench");
        }
        try {
            Result r = run(corpus, documents, rounds, work);
            System.out.print(report(r));
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    /** Builds the index under {@code workDir} and times the query mix {@code rounds} times (after warm-up). */
    public static Result run(Path corpus, int documents, int rounds, Path workDir) throws Exception {
        long t0 = System.nanoTime();
        Path indexDir = buildIndex(corpus, documents, workDir);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, double[]> perQuery = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        try (IndexSearch search = IndexSearch.open(indexDir, ActorNames.asTyped())) {
            for (int warm = 0; warm < 3; warm++) {
                for (Probe p : MIX) {
                    execute(search, p);
                }
            }
            Map<String, List<Double>> wall = new LinkedHashMap<>();
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Probe p : MIX) {
                    long c = THREADS.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    execute(search, p);
                    double ms = (System.nanoTime() - s) / 1e6;
                    double cpuMs = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                    wall.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(ms);
                    cpu.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(cpuMs);
                    all.add(ms);
                    allCpu.add(cpuMs);
                }
            }
            for (Probe p : MIX) {
                List<Double> w = wall.get(p.label());
                List<Double> c = cpu.get(p.label());
                perQuery.put(p.label(), new double[] {percentile(w, 50), percentile(w, 95), percentile(c, 50),
                        percentile(c, 95), execute(search, p)});
            }
        }
        return new Result(documents, all.size(), indexSeconds, percentile(all, 50), percentile(all, 95),
                percentile(allCpu, 50), percentile(allCpu, 95), perQuery);
    }

    /**
     * The benchmark's index of {@code documents} documents made from the corpus (stand-in actors and
     * quotations, distinct ids) under {@code workDir}, built unless a kept one has that size; its folder.
     */
    public static Path buildIndex(Path corpus, int documents, Path workDir) throws Exception {
        Path indexDir = workDir.resolve("index-" + documents);
        if (!hasDocuments(indexDir, documents)) {
            List<Analysis> base = analyse(corpus);
            if (base.isEmpty()) {
                throw new IllegalArgumentException("no readable documents in " + corpus);
            }
            index(base, documents, indexDir);
        }
        return indexDir;
    }

    /** A kept work folder already holding an index of this size is reused (building it dominates the run). */
    private static boolean hasDocuments(Path indexDir, int documents) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (IndexSearch s = IndexSearch.open(indexDir, ActorNames.asTyped())) {
            return s.documents(SearchRequest.of("*").withLimit(1)).total() == documents;
        } catch (NoIndexException | QuerySyntaxException e) {
            return false;
        }
    }

    private static long execute(IndexSearch search, Probe p) throws IOException, QuerySyntaxException {
        return p.quotes() ? search.quotes(p.request()).total() : search.documents(p.request()).total();
    }

    static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Search benchmark: %,d documents indexed in %.1f s; %d timed queries "
                + "(top 10 with snippets and actor facets)%n", r.documents(), r.indexSeconds(), r.samples()));
        sb.append(String.format(Locale.ROOT, "%-30s %9s %9s %9s %9s %8s%n", "query", "median ms", "p95 ms",
                "cpu med", "cpu p95", "matches"));
        r.perQuery().forEach((label, v) -> sb.append(String.format(Locale.ROOT,
                "%-30s %9.2f %9.2f %9.2f %9.2f %8d%n", label, v[0], v[1], v[2], v[3], (long) v[4])));
        sb.append(String.format(Locale.ROOT, "%-30s %9.2f %9.2f %9.2f %9.2f%n", "ALL QUERIES", r.medianMillis(),
                r.p95Millis(), r.medianCpuMillis(), r.p95CpuMillis()));
        return sb.toString();
    }

    private static double percentile(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, rank))];
    }

    private static List<Analysis> analyse(Path corpus) throws IOException {
        DocumentReader reader = new DocumentReader(RunConfig.DEFAULT_MAX_BYTES, new Cleaners());
        DocumentAnalyzer analyzer = ShippedModels.load().newAnalyzer();
        StageTimer timer = new StageTimer();
        List<Analysis> out = new ArrayList<>();
        for (SourceFile f : CorpusScan.scan(List.of(corpus)).files()) {
            try {
                byte[] bytes = reader.readBytes(f.path());
                CleanDocument d = reader.read(f.id(), bytes);
                out.add(standIns(analyzer.analyse(d, timer), out.size()));
            } catch (InputRejectedException e) {
                // not a document: the benchmark only needs the readable ones
            }
        }
        return out;
    }

    /** Fills in actors and quotations from fixed lists when the analysers found none. */
    private static Analysis standIns(Analysis a, int seed) {
        String text = a.document().text();
        List<Mention> mentions = a.mentions();
        if (mentions.isEmpty()) {
            mentions = new ArrayList<>();
            for (String[] actor : KNOWN_ACTORS) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(actor[0]) + "(?![\\p{L}])").matcher(text);
                while (m.find()) {
                    mentions.add(new Mention(new TextSpan(m.start(), m.end()), m.group(), actor[1],
                            ActorType.valueOf(actor[2]), MentionSource.GAZETTEER, 1.0));
                }
            }
        }
        List<Quote> quotes = a.quotes();
        if (quotes.isEmpty()) {
            quotes = new ArrayList<>();
            Matcher m = QUOTED.matcher(text);
            int n = seed;
            while (m.find()) {
                String speaker = SPEAKERS[n++ % SPEAKERS.length];
                quotes.add(new Quote(new TextSpan(m.start(1), m.end(1)), m.group(1), speaker, speaker, "", "said",
                        QuoteKind.DIRECT, 1.0));
            }
        }
        return new Analysis(a.document(), a.words(), mentions, quotes, a.statements());
    }

    /** {@code documents} copies of the base analyses, with distinct ids and dates spread over ten years. */
    private static void index(List<Analysis> base, int documents, Path indexDir) throws Exception {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DocumentIndex index = DocumentIndex.open(indexDir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < documents; i += threads) {
                        index.put(copy(base.get(i % base.size()), i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            index.commit();
        } finally {
            pool.shutdown();
        }
    }

    private static Analysis copy(Analysis a, int i) {
        CleanDocument d = a.document();
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays((i * 7919L) % 3650);
        String title = d.metadata().title().isEmpty() ? firstWords(d.text()) : d.metadata().title();
        CleanDocument copy = new CleanDocument(String.format(Locale.ROOT, "bench/%05d/%s", i, d.id()), d.format(),
                new Metadata(title, date.toString(), d.metadata().publisher()), d.text(), d.paragraphs(),
                d.blockQuotes(), d.versionKey());
        return new Analysis(copy, a.words(), a.mentions(), a.quotes(), a.statements());
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", 12);
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 10)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
