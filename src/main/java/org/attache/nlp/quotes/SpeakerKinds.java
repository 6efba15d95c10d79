package org.attache.nlp.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * The word classes that tell a speaker's kind from its words: the head words of organisations and the
 * titles only people carry. Shared by the parser, the candidate finder and the resolver.
 */
final class SpeakerKinds {

    static final Set<String> ORGANISATION_WORDS = Set.of(
            "department", "ministry", "office", "agency", "council", "union", "organization", "organisation",
            "committee", "party", "house", "times", "news", "post", "press", "reuters", "service", "services",
            "command", "forces", "force", "army", "navy", "government", "administration", "alliance", "nations",
            "states", "kingdom", "republic", "federation", "commission", "parliament", "congress", "senate",
            "pentagon", "kremlin", "nato", "bank", "group", "institute", "centre", "center", "university", "bureau",
            "foundation", "association", "court", "campaign", "network", "corporation", "company", "society", "board");

    /** Titles that only people carry: a name after them is a person's. */
    static final Set<String> PERSON_TITLES = Set.of("president", "minister", "secretary", "general",
            "ambassador", "envoy", "chancellor", "premier", "king", "queen", "prince", "senator", "congressman",
            "congresswoman", "governor", "mayor", "admiral", "colonel", "lieutenant", "major", "captain", "sergeant",
            "commander", "director", "chief", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
            "official", "officer", "representative", "chairman", "chairwoman", "chair", "leader", "counsellor",
            "counselor", "lawmaker", "diplomat", "analyst", "expert", "witness", "aide", "head", "deputy",
            "secretary-general", "commissioner", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "lord", "lady", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "sgt", "sgt.",
            "adm", "adm.", "rep", "rep.", "sen", "sen.", "gov", "gov.", "amb", "amb.", "prof", "prof.", "professor");

    /**
     * Words news uses for a public figure it has named, not for an unnamed source: "the candidate said", "the
     * billionaire added" point back to the person, where "the official said" keeps its description.
     */
    static final Set<String> PUBLIC_EPITHETS = Set.of("candidate", "nominee", "hopeful", "contender", "frontrunner",
            "front-runner", "incumbent", "challenger", "politician", "businessman", "businesswoman", "billionaire",
            "mogul", "tycoon", "entrepreneur", "investor", "host", "anchor", "star", "actor", "actress", "singer",
            "comedian", "author", "pundit", "commentator", "columnist", "judge", "justice");

    static boolean hasPersonTitle(String role) {
        return !role.isEmpty() && PERSON_TITLES.contains(NameMemory.lastWord(role.replaceAll("\\.$", "")))
                || !role.isEmpty() && PERSON_TITLES.contains(role.strip().split("\\s+")[role.strip().split("\\s+").length - 1]
                .toLowerCase(Locale.ROOT));
    }

    /** A name that reads as an organisation's: an organisation word in it, or all capitals (an acronym). */
    static boolean isOrganisation(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return true;
            }
        }
        return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private SpeakerKinds() {
    }
}
