package org.attache.nlp.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.MentionSource;

/**
 * Step 1: the gazetteer, longest match first with each form's case rule (names, acronyms,
 * demonyms; "the" and possessives never enter the span; an actor inside a longer known name still
 * counts). Known people's short forms are noted on the sheet for the coreference step.
 */
final class GazetteerPass {

    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "for");

    private final Gazetteer gazetteer;
    /** Organisations whose canonical name starts with a country ("US Cyber Command"), and that country. */
    private final Map<ActorEntry, String> countryOf = new HashMap<>();

    GazetteerPass(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (ActorEntry e : gazetteer.entries()) {
            if (e.type() != EntryType.ORGANIZATION) {
                continue;
            }
            NameMatchTokens words = NameMatchTokens.of(e.canonical());
            AliasTrie.Hit start = words.size() > 1 ? gazetteer.names().longestAt(words, 0, words.size() - 2,
                    CaseRules.INSTANCE) : null;
            if (start != null && start.candidate().entry().type() == EntryType.COUNTRY) {
                countryOf.put(e, start.candidate().entry().canonical());
            }
        }
    }

    void apply(MentionSheet sheet) {
        NameMatchTokens tokens = sheet.tokens;
        int i = 0;
        AliasTrie.Hit previous = null;
        while (i < tokens.size()) {
            AliasTrie.Hit hit = tokens.isWord(i) ? gazetteer.names().longestAt(tokens, i, CaseRules.INSTANCE) : null;
            if (hit == null) {
                i++;
                continue;
            }
            sheet.cover(hit.first(), hit.last());
            ActorEntry entry = hit.candidate().entry();
            Alias alias = hit.candidate().alias();
            if (anotherCountrys(sheet, previous, hit)) {
                // "Estonian Cyber Command" is Estonia's, not "US Cyber Command": the whole name is its own actor
                sheet.add(previous.first(), hit.last(), sheet.text.substring(tokens.start(previous.first()),
                        tokens.end(hit.last())).replaceAll("\\s+", " "), ActorType.ORGANIZATION,
                        MentionSource.GAZETTEER, Confidences.of(alias) * 0.9);
                previous = null;
                i = hit.last() + 1;
                continue;
            }
            previous = hit;
            int first = alias.leadingContext() ? hit.first() + 1 : hit.first();
            Optional<ActorType> type = entry.type().actorType();
            if (type.isPresent()) {
                nestedPrefix(sheet, entry, first, hit.last());
                nestedAfterPreposition(sheet, entry, first, hit.last());
                sheet.add(first, hit.last(), entry.canonical(), type.get(), MentionSource.GAZETTEER, Confidences.of(alias));
                if (type.get() == ActorType.PERSON) {
                    for (Alias s : entry.shortForms()) {
                        sheet.sighted(GazetteerReader.keyOf(s.text()), entry.canonical(), tokens.start(first));
                    }
                }
            }
            i = hit.last() + 1;
        }
    }

    /**
     * Whether {@code hit} is a short form of a country's organisation ("Cyber Command" of "US Cyber
     * Command") written right after another country's name or demonym ("Estonian Cyber Command").
     */
    private boolean anotherCountrys(MentionSheet sheet, AliasTrie.Hit previous, AliasTrie.Hit hit) {
        String owner = countryOf.get(hit.candidate().entry());
        if (owner == null || previous == null || previous.last() + 1 != hit.first()
                || previous.candidate().entry().type() != EntryType.COUNTRY
                || previous.candidate().entry().canonical().equals(owner) || !sheet.tokens.joined(previous.last())) {
            return false;
        }
        NameMatchTokens words = NameMatchTokens.of(hit.candidate().alias().text());
        AliasTrie.Hit start = words.size() > 1 ? gazetteer.names().longestAt(words, 0, words.size() - 2,
                CaseRules.INSTANCE) : null;
        return start == null || start.candidate().entry().type() != EntryType.COUNTRY; // the form names no country
    }

    /**
     * An actor named at the start of a longer known name counts too, when the rest is the known
     * name on its own or the start is a country's demonym: "U.S. State Department" is also a mention
     * of the United States, "U.N. General Assembly" of the United Nations, "Palestinian Authority"
     * of Palestine; but "USA Today" is not a mention of the United States.
     */
    private void nestedPrefix(MentionSheet sheet, ActorEntry outer, int first, int last) {
        if (first >= last || outer.type() == EntryType.LOCATION) {
            return;
        }
        AliasTrie.Hit inner = gazetteer.names().longestAt(sheet.tokens, first, last - 1, CaseRules.INSTANCE);
        if (inner == null || inner.candidate().entry() == outer) {
            return;
        }
        ActorEntry entry = inner.candidate().entry();
        Alias alias = inner.candidate().alias();
        if (entry.type().actorType().isEmpty() || alias.leadingContext()) {
            return;
        }
        boolean demonym = alias.kind() == AliasKind.DEMONYM && entry.type() == EntryType.COUNTRY;
        String rest = sheet.keyOf(inner.last() + 1, last);
        boolean restIsName = outer.aliases().stream().anyMatch(a -> GazetteerReader.keyOf(a.text()).equals(rest));
        if (demonym || restIsName || PREPOSITIONS.contains(sheet.tokens.surface(inner.last() + 1))) {
            sheet.add(first, inner.last(), entry.canonical(), entry.type().actorType().get(), MentionSource.GAZETTEER,
                    Confidences.of(alias));
        }
    }

    /**
     * "al-Qaeda in Iraq", "Embassy of Ukraine": an actor named after "in", "of" or "for" inside a
     * longer known name counts too.
     */
    private void nestedAfterPreposition(MentionSheet sheet, ActorEntry outer, int first, int last) {
        if (outer.type() == EntryType.LOCATION) {
            return;
        }
        for (int t = first + 1; t < last; t++) {
            if (!PREPOSITIONS.contains(sheet.tokens.surface(t))) {
                continue;
            }
            AliasTrie.Hit inner = gazetteer.names().longestAt(sheet.tokens, t + 1, last, CaseRules.INSTANCE);
            if (inner == null || inner.candidate().entry() == outer || inner.candidate().alias().leadingContext()) {
                continue;
            }
            ActorEntry entry = inner.candidate().entry();
            if (entry.type().actorType().isPresent()) {
                sheet.add(t + 1, inner.last(), entry.canonical(), entry.type().actorType().get(), MentionSource.GAZETTEER,
                        Confidences.of(inner.candidate().alias()));
                t = inner.last();
            }
        }
    }
}
