package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * People of one document who share a surname (a candidate and his wife, two brothers): which of them a bare
 * surname stands for. News calls its main person of that name by the surname alone and names the relatives
 * in full ("Heidi Cruz") or by first name, so a bare "Cruz" is the one the text has named most so far, not
 * the relative named last. One instance per document.
 */
final class Namesakes {

    /** The person mentions of each surname shared by two or more people, in text order. */
    private final Map<String, List<Mention>> bySurname = new HashMap<>();

    Namesakes(List<Mention> mentions) {
        Map<String, List<Mention>> all = new HashMap<>();
        Map<String, String> firstActor = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != ActorType.PERSON || !m.actor().contains(" ")) {
                continue;
            }
            String surname = NameMemory.lastWord(m.actor());
            all.computeIfAbsent(surname, k -> new ArrayList<>()).add(m);
            String first = firstActor.putIfAbsent(surname, m.actor());
            if (first != null && !first.equals(m.actor())) {
                shared.put(surname, true);
            }
        }
        shared.keySet().forEach(s -> bySurname.put(s, all.get(s).stream().sorted().toList()));
    }

    /**
     * The person a bare surname at {@code at} stands for when it is shared: the one named most often before
     * it ({@code actor}, the actors stage's choice, on a tie); {@code actor} when the surname is not shared.
     */
    String of(String surname, String actor, int at) {
        return of(surname, actor, at, a -> true);
    }

    /** {@link #of(String, String, int)} among the people {@code fits} allows ("Mrs. Vance": the women). */
    String of(String surname, String actor, int at, Predicate<String> fits) {
        List<Mention> named = bySurname.get(surname);
        if (named == null || !NameMemory.lastWord(actor).equals(surname)) {
            return actor;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : named) {
            if (m.span().start() >= at) {
                break;
            }
            if (fits.test(m.actor())) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        String best = actor;
        int bestCount = fits.test(actor) ? counts.getOrDefault(actor, 0) : -1;
        for (Mention m : named) { // text order: a tie goes to the one named first
            int c = counts.getOrDefault(m.actor(), 0);
            if (c > bestCount) {
                best = m.actor();
                bestCount = c;
            }
        }
        return best;
    }
}
