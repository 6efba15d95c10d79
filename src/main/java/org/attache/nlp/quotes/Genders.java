package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * The grammatical gender of the people a document names, read from the document itself so that "she
 * said" does not go to the last man named: a courtesy title before the name ("Mrs.", "Mr."), a gendered
 * role ("spokeswoman", "congressman"), and the first personal pronoun after a mention, before the next
 * person is named ("Mathur, who studies tax policy, said her …"). Votes are summed per person; a tie is
 * unknown. Built once per document; no word lists of first names, so it holds for names never seen.
 */
final class Genders {

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** Subject, possessive and reflexive forms only: an object pronoun after a name is most often someone
     *  else ("Smith scolded him"), and "her" is as often an object as a possessive. */
    private static final Set<String> MALE_WORDS = Set.of("he", "his", "himself");
    private static final Set<String> FEMALE_WORDS = Set.of("she", "hers", "herself");
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince",
            "congressman", "spokesman", "chairman", "businessman", "councilman", "assemblyman", "father", "son",
            "brother", "husband");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady",
            "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "councilwoman",
            "assemblywoman", "mother", "daughter", "sister", "wife", "first lady");

    /** How far after a mention a pronoun is taken to point back to it. */
    private static final int REACH = 200;

    private final Map<String, Integer> votes;

    private Genders(Map<String, Integer> votes) {
        this.votes = Map.copyOf(votes);
    }

    /** A person named at [start, end) of the text. */
    private record Named(String name, int start, int end) {
    }

    /** From the person mentions of the actors stage and the full names {@code memory} read from the text. */
    static Genders of(String text, List<Mention> mentions, NameMemory memory) {
        List<Named> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON) {
                people.add(new Named(m.actor(), m.span().start(), m.span().end()));
            }
        }
        for (NameMemory.Named n : memory.names()) {
            if (n.actor().isEmpty()) {
                people.add(new Named(n.name(), n.at(), Math.min(text.length(), n.at() + n.name().length())));
            }
        }
        people.sort(Comparator.comparingInt(Named::start).thenComparingInt(Named::end));
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Named m = people.get(i);
            int vote = titleVote(text, m.start());
            int limit = Math.min(text.length(), m.end() + REACH);
            if (i + 1 < people.size()) {
                limit = Math.min(limit, Math.max(m.end(), people.get(i + 1).start()));
            }
            if (vote == 0) {
                vote = pronounVote(text, m.end(), limit);
            }
            if (vote != 0) {
                votes.merge(key(m.name()), vote, Integer::sum);
            }
        }
        return new Genders(votes);
    }

    /** The gender of a person known by {@code name} (a canonical or full name, or a surname). */
    Gender of(String name) {
        Gender given = GivenNames.of(name);
        if (given != Gender.UNKNOWN) {
            return given; // a common given name is surer than a pronoun read near the name
        }
        int v = votes.getOrDefault(key(name), 0);
        return v > 0 ? Gender.MALE : v < 0 ? Gender.FEMALE : GivenNames.ofSingle(name);
    }

    /** Whether "he" or "she" may point to {@code name}: yes unless the document shows the other gender. */
    boolean fits(String name, String pronoun) {
        Gender g = of(name);
        return g == Gender.UNKNOWN || (pronoun.equals("he") ? g == Gender.MALE : g == Gender.FEMALE);
    }

    private static String key(String name) {
        return NameMemory.lastWord(name) + "|" + name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static int titleVote(String text, int start) {
        List<QuoteToken> before = QuoteTokenizer.of(text, Math.max(0, start - 30), start);
        if (before.isEmpty()) {
            return 0;
        }
        String last = before.get(before.size() - 1).lower();
        return MALE_TITLES.contains(last) ? 2 : FEMALE_TITLES.contains(last) ? -2 : 0;
    }

    private static int pronounVote(String text, int from, int to) {
        if (from >= to) {
            return 0;
        }
        for (QuoteToken t : QuoteTokenizer.of(text, from, to)) {
            String l = t.lower();
            if (MALE_WORDS.contains(l)) {
                return 1;
            }
            if (FEMALE_WORDS.contains(l)) {
                return -1;
            }
            if (t.is("\u201C") || t.is("\"")) {
                return 0; // a pronoun inside a quotation speaks of someone else
            }
        }
        return 0;
    }
}
