package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.block;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.ActorType;
import org.attache.model.BlockQuote;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for the two seed documents of the corpus: their expected clean text (built by hand
 * from corpus/) and the quotations expected in it (start, end, speaker, actor, role, kind).
 */
class SeedDocumentsTest {

    private static final String SEED_000 = "000_a74bc72940f21413";
    private static final String SEED_003 = "003_91de6a6127f5e785";

    @Test
    void pullQuotesAndPartialQuoteOfTheCloudThingArticle() throws IOException {
        String text = resource(SEED_000 + ".clean.txt");
        List<BlockQuote> blocks = List.of(
                block(703, 996, 998, 1010),      // NATO release
                block(2103, 2235, 2237, 2271));  // Boris Johnson – Prime Minister, UK
        assertEquals(golden(SEED_000), rows(find(doc(text, blocks), mentions(text))));
    }

    @Test
    void pullQuotesStillFoundWhenTheQuoteMarkAltTextsAreLeftInTheText() throws IOException {
        String clean = resource(SEED_000 + ".clean.txt");
        String text = clean.replace("Reaffirming NATO's", "open quote mark\n\nReaffirming NATO's")
                .replace("NATO release\n\n", "NATO release\n\nclose quote mark\n\n")
                .replace("China has become", "open quote mark\n\nChina has become")
                .replace("UK\n\n", "UK\n\nclose quote mark\n\n");
        List<Quote> quotes = find(doc(text), mentions(text));
        assertEquals(List.of("NATO", "NATO leaders", "Boris Johnson"), quotes.stream().map(Quote::speaker).toList());
        assertEquals("Prime Minister, UK", quotes.get(2).speakerRole());
    }

    @Test
    void cyberDefencePageHasNoQuotations() throws IOException {
        String text = resource(SEED_003 + ".clean.txt");
        assertEquals(golden(SEED_003), rows(find(doc(text), mentions(text))));
    }

    /** What the actors stage would give: every NATO and China, and Boris Johnson. */
    private static List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        addAll(out, text, "NATO", "NATO", ActorType.ORGANIZATION);
        addAll(out, text, "China", "China", ActorType.COUNTRY);
        addAll(out, text, "Boris Johnson", "Boris Johnson", ActorType.PERSON);
        return out;
    }

    private static void addAll(List<Mention> out, String text, String form, String actor, ActorType type) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
        while (m.find()) {
            out.add(mention(text, m.start(), m.end(), actor, type));
        }
    }

    private static List<String> rows(List<Quote> quotes) {
        return quotes.stream().map(q -> q.span().start() + "\t" + q.span().end() + "\t" + q.speaker() + "\t"
                + q.speakerActor() + "\t" + q.speakerRole() + "\t" + q.kind().label()).toList();
    }

    private static List<String> golden(String name) throws IOException {
        return resource(name + ".quotes.tsv").lines().filter(l -> !l.isBlank()).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedDocumentsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
