package org.attache.nlp.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.nlp.GivenNameList;

/**
 * Step 3: people's short forms. A full name seen again where the model missed it; a surname (alone
 * or after a title) linked to the person of that surname the document has mentioned most so far
 * ({@link MentionSheet#namesake}); known
 * people's distinctive surnames even without it; the model's one-word persons (a lone first name that
 * no full name explains is dropped: in transcripts, and for known given names); one-word places or
 * organisations that are the surname of a person the document names. A title before a surname that
 * several known people share is the one who held an office of that title ({@link Roles}).
 */
final class PersonCoreference {

    /** A full name of the document written out again, ending at token {@code last}. */
    private record Recurrence(String actor, int last) {
    }

    private final Gazetteer gazetteer;
    private final Roles roles;
    /** First words of known people's names that are nobody's surname ("Chris", "Bill", "Jens"). */
    private final Set<String> givenNames = new HashSet<>();

    PersonCoreference(Gazetteer gazetteer, Roles roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        Set<String> surnames = new HashSet<>();
        for (ActorEntry e : gazetteer.entries()) {
            String[] words = e.canonical().split(" ");
            if (e.type() == EntryType.PERSON && words.length > 1) {
                givenNames.add(words[0]);
                surnames.add(words[words.length - 1]);
                e.shortForms().forEach(s -> surnames.add(s.text()));
            }
        }
        givenNames.removeAll(surnames);
    }

    void apply(MentionSheet sheet) {
        shortForms(sheet);
        deferredSingles(sheet);
        surnamesTypedAsOthers(sheet);
    }

    private void shortForms(MentionSheet sheet) {
        NameMatchTokens tokens = sheet.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (sheet.covered(i) || !tokens.isWord(i)) {
                continue;
            }
            Optional<Recurrence> again = repeatedFullName(sheet, i);
            if (again.isPresent()) { // the model missed this occurrence ("Anna Kowalczyk's")
                int last = again.get().last();
                sheet.cover(i, last);
                sheet.add(i, last, again.get().actor(), ActorType.PERSON, MentionSource.COREFERENCE, Confidences.COREFERENCE);
                sheet.sightedAgain(again.get().actor(), tokens.start(i));
                i = last;
                continue;
            }
            AliasTrie.Hit hit = gazetteer.shorts().longestAt(tokens, i, CaseRules.INSTANCE);
            int last = hit == null ? sheet.hyphenatedEnd(i) : hit.last();
            if (hit == null && !tokens.isCapitalised(i)) {
                continue;
            }
            if (!sheet.free(i, last) || partOfLongerName(sheet, i, last)) {
                continue;
            }
            String key = sheet.keyOf(i, last);
            boolean titled = sheet.titled(i);
            if (hit != null && hit.candidate().alias().scope() == ShortScope.TITLE_ONLY && !titled) {
                continue;
            }
            Optional<GivenNameList.Gender> title = CourtesyTitles.before(tokens, i);
            Optional<MentionSheet.Sighting> seen = sheet.namesake(key, tokens.start(i), title);
            if (seen.isPresent()) {
                sheet.cover(i, last);
                String famous = famousFirst(sheet, hit, i, key, seen.get().actor());
                String linkedTo = CourtesyTitles.contradicts(title, famous) ? seen.get().actor() : famous;
                sheet.linkedShortForm(linkedTo);
                sheet.add(i, last, linkedTo, ActorType.PERSON,
                        MentionSource.COREFERENCE, Confidences.COREFERENCE);
                i = last;
                continue;
            }
            if (hit == null) {
                continue;
            }
            List<ActorEntry> people = gazetteer.shortCandidates(hit.candidate().alias().text()).stream()
                    .map(AliasTrie.Candidate::entry).filter(e -> !CourtesyTitles.contradicts(title, e.canonical()))
                    .distinct().toList();
            if (people.isEmpty()) {
                continue;
            }
            ShortScope scope = hit.candidate().alias().scope();
            boolean one = people.size() == 1 && (scope == ShortScope.GLOBAL || titled);
            // several people of that surname, or a title the word list lacks: the office before it decides
            Optional<ActorEntry> person = one ? Optional.of(people.get(0))
                    : roles.titledHolder(people, tokens, i, sheet.date);
            if (person.isPresent()) {
                sheet.cover(i, last);
                sheet.add(i, last, person.get().canonical(), ActorType.PERSON, MentionSource.GAZETTEER,
                        one && scope == ShortScope.GLOBAL ? Confidences.KNOWN_SURNAME : Confidences.TITLED_SURNAME);
                i = last;
            }
        }
    }

    /** The model's one-word persons still free: a known person, the document's person of that given name, or themselves. */
    private void deferredSingles(MentionSheet sheet) {
        for (MentionSheet.Single single : sheet.deferredSingles) {
            int t = single.token();
            if (sheet.covered(t)) {
                continue;
            }
            // the model says it is a person: a known person's surname then needs no title
            String surface = sheet.tokens.surface(t);
            Optional<String> canonical = gazetteer.canonical(surface);
            List<ActorEntry> known = gazetteer.shortCandidates(surface).stream()
                    .filter(c -> c.alias().scope() != ShortScope.TITLE_ONLY)
                    .map(AliasTrie.Candidate::entry).distinct().toList();
            Optional<String> byFirstName = canonical.isEmpty() && known.isEmpty() ? byGivenName(sheet, surface)
                    : Optional.empty();
            if (canonical.isEmpty() && known.size() != 1 && byFirstName.isEmpty() && !sheet.titled(t)
                    && (sheet.transcript || givenNames.contains(surface))) {
                continue; // a lone first name no full name of the document explains ("Chris"): not counted
            }
            String actor = canonical.orElse(known.size() == 1 ? known.get(0).canonical()
                    : byFirstName.orElse(surface));
            sheet.cover(t, t);
            sheet.add(t, t, actor, ActorType.PERSON,
                    byFirstName.isPresent() ? MentionSource.COREFERENCE : MentionSource.MODEL,
                    byFirstName.isPresent() ? Confidences.COREFERENCE : single.confidence());
        }
    }

    /**
     * A one-word place or organisation the model found that is the surname of a person named in
     * full in the document ("Kowalczyk" tagged as a place) is that person.
     */
    private void surnamesTypedAsOthers(MentionSheet sheet) {
        NameMatchTokens tokens = sheet.tokens;
        List<Mention> mentions = sheet.mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int t = tokens.indexAtOrAfter(m.span().start());
            if (m.source() != MentionSource.MODEL || m.type() == ActorType.PERSON || t >= tokens.size()
                    || tokens.end(t) != m.span().end()) {
                continue;
            }
            Optional<MentionSheet.Sighting> seen = sheet.namesake(tokens.key(t), m.span().start());
            if (seen.isPresent()) {
                mentions.set(k, new Mention(m.span(), m.text(), seen.get().actor(), ActorType.PERSON,
                        MentionSource.COREFERENCE, Confidences.COREFERENCE));
            }
        }
    }

    /**
     * A full name (two words or more) seen elsewhere in the document, written out again from token
     * {@code i} on free tokens.
     */
    private static Optional<Recurrence> repeatedFullName(MentionSheet sheet, int i) {
        NameMatchTokens tokens = sheet.tokens;
        if (!tokens.isCapitalised(i)) {
            return Optional.empty();
        }
        String text = sheet.text;
        int start = tokens.start(i);
        for (List<MentionSheet.Sighting> sightings : sheet.allSightings()) {
            for (MentionSheet.Sighting s : sightings) {
                String name = s.actor();
                int space = name.indexOf(' ');
                if (space < 0 || !text.startsWith(name.substring(0, space), start)) {
                    continue;
                }
                for (int last = i + 1; last < tokens.size() && tokens.end(last) - start <= 2 * name.length()
                        && !sheet.covered(last) && tokens.joined(last - 1); last++) {
                    if (text.substring(start, tokens.end(last)).replaceAll("\\s+", " ").equals(name)) {
                        return Optional.of(new Recurrence(name, last));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * In remarks people call each other by first name ("Mark has done good work"): the one person
     * of the document whose full name starts with that word, if there is exactly one.
     */
    private static Optional<String> byGivenName(MentionSheet sheet, String word) {
        String found = null;
        for (Mention m : sheet.mentions) {
            String actor = m.actor();
            if (m.type() != ActorType.PERSON || !actor.startsWith(word + " ")) {
                continue;
            }
            if (found != null && !found.equals(actor)) {
                return Optional.empty();
            }
            found = actor;
        }
        return Optional.ofNullable(found);
    }

    /**
     * A known person's surname ("Biden", folded {@code key}) at token {@code i} in a document that also names that person in full
     * stands for them rather than for {@code chosen}, a namesake the gazetteer does not know ("Jill Biden"),
     * unless the text has made the namesake its subject: named them more often so far and more recently (the
     * son's memoir that mentions his father now and then). After the title of an office the known person
     * held ("Governor Biden") the surname is the known person anyway.
     */
    private String famousFirst(MentionSheet sheet, AliasTrie.Hit hit, int i, String key, String chosen) {
        if (hit == null) {
            return chosen;
        }
        List<ActorEntry> people = gazetteer.shortCandidates(hit.candidate().alias().text()).stream()
                .map(AliasTrie.Candidate::entry).distinct().toList();
        if (people.size() != 1) {
            return chosen;
        }
        String famous = people.get(0).canonical();
        if (famous.equals(chosen) || sheet.sightings(key).stream().noneMatch(s -> s.actor().equals(famous))) {
            return chosen;
        }
        if (roles.titledHolder(people, sheet.tokens, i, sheet.date).isPresent()) {
            return famous;
        }
        int at = sheet.tokens.start(i);
        MentionSheet.Standing known = sheet.standing(key, famous, at);
        MentionSheet.Standing namesake = sheet.standing(key, chosen, at);
        return known.weight() >= namesake.weight() || known.last() > namesake.last() ? famous : chosen;
    }

    /** "Hunter Biden", "Trump Tower": a capitalised name word next to the surname makes it another name. */
    private static boolean partOfLongerName(MentionSheet sheet, int first, int last) {
        NameMatchTokens tokens = sheet.tokens;
        if (sheet.titleCase(first)) {
            return false;
        }
        int prev = first - 1;
        if (prev >= 0 && !sheet.covered(prev) && tokens.isWord(prev) && tokens.isCapitalised(prev) && tokens.joined(prev)
                && tokens.end(prev) < tokens.start(first) && !sheet.titled(first)
                && !NameWords.FUNCTION_WORDS.contains(tokens.surface(prev))) {
            return true;
        }
        int next = last + 1;
        return next < tokens.size() && !sheet.covered(next) && tokens.isWord(next) && tokens.isCapitalised(next)
                && tokens.joined(last) && tokens.end(last) < tokens.start(next)
                && !NameWords.FUNCTION_WORDS.contains(tokens.surface(next))
                && !CaseRules.shouted(tokens, first, last);
    }
}
