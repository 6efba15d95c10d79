package org.attache.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.attache.nlp.NamedEntity;

/**
 * Reads one ner-data BIO file ({@code token<TAB>tag} per line, a blank line after each sentence)
 * into OpenNLP {@link NameSample}s with our types, spans normalised to bare names
 * ({@link SpanNormalizer}). Sentences are returned in file order; none of them clears adaptive
 * data (document breaks are set by {@link NerCorpus}).
 */
public final class NerDataReader {

    /** Counts that show what the clean-up did, for the training report. */
    public record Stats(int sentences, int discardedSentences, int names, int droppedSpans, int trimmedSpans) {
        Stats plus(Stats o) {
            return new Stats(sentences + o.sentences, discardedSentences + o.discardedSentences, names + o.names,
                    droppedSpans + o.droppedSpans, trimmedSpans + o.trimmedSpans);
        }
    }

    /** The kept sentences and the clean-up counts of one file. */
    public record Result(List<NameSample> samples, Stats stats) {
        public Result {
            samples = List.copyOf(samples);
        }
    }

    private final NerDataset dataset;
    private final SpanNormalizer normalizer;

    public NerDataReader(NerDataset dataset) {
        this.dataset = dataset;
        this.normalizer = new SpanNormalizer(dataset);
    }

    public NerDataset dataset() {
        return dataset;
    }

    public Result read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads BIO text given inline (tests). */
    public Result read(String bioText) {
        try {
            return read(new StringReader(bioText), "<text>");
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Result read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<NameSample> samples = new ArrayList<>();
        Stats stats = new Stats(0, 0, 0, 0, 0);
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            lineNo++;
            if (line == null || line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    stats = stats.plus(sentence(tokens.toArray(String[]::new), tags, samples));
                    tokens.clear();
                    tags.clear();
                }
                if (line == null) {
                    break;
                }
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IOException(source + ":" + lineNo + ": expected 'token<TAB>tag', got '" + line + "'");
            }
            tokens.add(line.substring(0, tab));
            tags.add(line.substring(tab + 1).trim());
        }
        return new Result(samples, stats);
    }

    private Stats sentence(String[] tokens, List<String> tags, List<NameSample> out) {
        List<Span> raw = decodeBio(tags);
        int names = 0;
        int dropped = 0;
        int trimmed = 0;
        List<Span> kept = new ArrayList<>();
        List<Span> mapped = repairTitleOnlyPersons(tokens, mapTypes(raw));
        if (mapped == null) {
            return new Stats(1, 1, 0, 0, 0);
        }
        for (Span span : mapped) {
            SpanNormalizer.Result r = normalizer.normalize(tokens, span);
            switch (r.verdict()) {
                case DISCARD_SENTENCE -> {
                    return new Stats(1, 1, 0, 0, 0);
                }
                case DROP -> dropped++;
                case KEEP -> {
                    kept.add(r.span());
                    names++;
                    if (r.span().length() != span.length()) {
                        trimmed++;
                    }
                }
            }
        }
        out.add(new NameSample(tokens, kept.toArray(Span[]::new), false));
        return new Stats(1, 0, names, dropped + (raw.size() - mapped.size()), trimmed);
    }

    /** BIO tags to spans carrying the dataset's own type names; a stray I- starts a span. */
    static List<Span> decodeBio(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (start >= 0 && !inside) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && !inside) {
                start = i;
                type = tag.substring(2);
            }
        }
        return spans;
    }

    private List<Span> mapTypes(List<Span> raw) {
        List<Span> out = new ArrayList<>();
        for (Span s : raw) {
            Optional<String> ours = dataset.map(s.getType());
            ours.ifPresent(t -> out.add(new Span(s.getStart(), s.getEnd(), t)));
        }
        return out;
    }

    /**
     * GMB often tags the title alone as a person and the surname as something else
     * ("Mr./B-per Yekhanurov/B-org", "President/B-per Bush/B-org"): the span right after a
     * title-only person span is that person. When the name after the title is untagged
     * ("Prime/B-per Minister/O Hun/O Sen/O"), the sentence cannot be repaired: null.
     */
    private List<Span> repairTitleOnlyPersons(String[] tokens, List<Span> spans) {
        if (!dataset.titlesInsideNames()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans);
        for (int k = 0; k < out.size(); k++) {
            Span s = out.get(k);
            if (!NamedEntity.PERSON.equals(s.getType()) || !allTitles(tokens, s)) {
                continue;
            }
            int next = s.getEnd();
            while (next < tokens.length && SpanRules.isTitle(tokens[next]) && !startsSpan(out, next)) {
                next++;
            }
            if (next >= tokens.length) {
                continue;
            }
            final int at = next;
            Optional<Span> following = out.stream().filter(o -> o.getStart() == at).findFirst();
            if (following.isPresent()) {
                Span f = following.get();
                out.set(out.indexOf(f), new Span(f.getStart(), f.getEnd(), NamedEntity.PERSON));
            } else if (startsName(tokens, next) && !insideSpan(out, next)) {
                return null;
            }
        }
        return out;
    }

    private static boolean allTitles(String[] tokens, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (!SpanRules.isTitle(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsName(String[] tokens, int i) {
        String t = tokens[i];
        return Character.isUpperCase(t.codePointAt(0)) && !SpanRules.isTitle(t) && !SpanRules.isPronoun(t);
    }

    private static boolean startsSpan(List<Span> spans, int i) {
        return spans.stream().anyMatch(s -> s.getStart() == i);
    }

    private static boolean insideSpan(List<Span> spans, int i) {
        return spans.stream().anyMatch(s -> s.getStart() <= i && i < s.getEnd());
    }
}
