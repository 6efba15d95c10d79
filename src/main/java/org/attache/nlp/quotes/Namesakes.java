package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * People of one document who share a surname (a candidate and his wife, two brothers): which of them a surname
 * read with a gender stands for. A bare surname alone is the actors stage's choice (the one the text names
 * most, {@code MentionSheet.namesake}); "Mrs. Cruz" is the woman of the family and "she" after that surname
 * points to her ({@link #forPronoun}), by the genders the quotes show as well as by given names. One instance
 * per document.
 */
final class Namesakes {

    /** The person mentions of each surname shared by two or more people, in text order. */
    private final Map<String, List<Mention>> bySurname = new HashMap<>();

    /** The canonical names of the people the actors stage found. */
    private final Set<String> actors = new HashSet<>();

    Namesakes(List<Mention> mentions) {
        Map<String, List<Mention>> all = new HashMap<>();
        Map<String, String> firstActor = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != ActorType.PERSON || !m.actor().contains(" ")) {
                continue;
            }
            actors.add(m.actor());
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
     * The person a surname at {@code at} stands for among the namesakes {@code fits} allows ("Mrs. Vance": the
     * women): the one named most often before it ({@code actor}, the actors stage's choice, on a tie);
     * {@code actor} when the surname is not shared.
     */
    private String among(String surname, String actor, int at, Predicate<String> fits) {
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
            if (c > bestCount && fits.test(m.actor())) {
                best = m.actor();
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * The person a surname at {@code at} stands for among the namesakes of the gender of {@code pronoun} ("he",
     * "she"; "Mrs. Vance" gives "she"): those whose given name shows it, else those the text shows it for, else
     * those who may be of it; {@code actor} when the surname is not shared.
     */
    String of(String surname, String actor, int at, Genders genders, String pronoun) {
        List<Mention> named = bySurname.get(surname);
        if (named == null) {
            return actor;
        }
        Genders.Gender wanted = pronoun.equals("he") ? Genders.Gender.MALE : Genders.Gender.FEMALE;
        // a given name first: the pronouns after a bare surname vote for whichever relative the actors stage chose
        boolean given = named.stream().anyMatch(m -> GivenNames.of(m.actor()) == wanted);
        boolean shown = named.stream().anyMatch(m -> genders.of(m.actor()) == wanted);
        return among(surname, actor, at, given ? a -> GivenNames.of(a) == wanted
                : shown ? a -> genders.of(a) == wanted : a -> genders.fits(a, pronoun));
    }

    /**
     * The person a bare surname at {@code at}, given to {@code s} by the actors stage, is when "he" or "she"
     * points back to it ("Woods said … she added" with Dorothy and Ty Woods): the namesake of the pronoun's
     * gender, when the text names that one in full more often, so "Clinton" stays the Clinton the text is
     * about, not the husband it names once; else, when {@code s} is shown to be of the other gender, a full
     * name of that surname the actors stage missed whose given name is of the pronoun's ("Jo Ames" for the
     * bare "Ames" it gave to her husband); else {@code s}.
     */
    Speaker forPronoun(Speaker s, int at, Genders genders, String pronoun, NameMemory memory) {
        String actor = s.actor();
        String other = of(NameMemory.lastWord(actor), actor, at, genders, pronoun);
        boolean givenFits = GivenNames.of(actor) != Genders.Gender.UNKNOWN && genders.fits(actor, pronoun);
        if (!other.equals(actor) && !givenFits && timesNamedInFull(other, at) > timesNamedInFull(actor, at)) {
            return new Speaker(other, other, s.role(), true, false);
        }
        return missedFullName(s, at, genders, pronoun, memory);
    }

    /**
     * {@code s} when it may be of the gender of {@code pronoun} ("she" also for "Mrs. Ames"); else the full name
     * of its surname the actors stage missed whose given name is of that gender ("Jo Ames" for the bare "Ames"
     * it gave to her husband); else {@code s}.
     */
    Speaker missedFullName(Speaker s, int at, Genders genders, String pronoun, NameMemory memory) {
        if (genders.fits(s.name(), pronoun)) {
            return s;
        }
        String actor = s.actor();
        Genders.Gender wanted = pronoun.equals("he") ? Genders.Gender.MALE : Genders.Gender.FEMALE;
        for (NameMemory.Named n : memory.names()) { // in text order: the first such name stands for the person
            if (n.at() < at && n.actor().isEmpty() && !actors.contains(n.name())
                    && n.surname().equals(NameMemory.lastWord(actor))
                    && GivenNames.of(n.name()) == wanted) {
                return new Speaker(n.name(), "", s.role(), true, false);
            }
        }
        return s;
    }

    /**
     * How often {@code actor} is named in full before {@code at}, when its surname is shared; else 0. Full names
     * only: the actors stage gives each bare surname to one of the namesakes, right or wrong.
     */
    private int timesNamedInFull(String actor, int at) {
        List<Mention> named = bySurname.getOrDefault(NameMemory.lastWord(actor), List.of());
        return (int) named.stream().filter(m -> m.span().start() < at && m.actor().equals(actor)
                && m.text().strip().contains(" ")).count();
    }
}
