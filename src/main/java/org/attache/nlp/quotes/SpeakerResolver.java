package org.attache.nlp.quotes;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * Turns speaker phrases into speakers for one document, in reading order: links names to the
 * canonical actors of the actors stage, completes surnames ("Mr Stoltenberg" → Jens Stoltenberg),
 * and points pronouns and definite descriptions ("he", "the congressman") back to the last
 * compatible speaker. Holds the document's speakers so far: one instance per document.
 */
final class SpeakerResolver {

    private final String text;
    private final List<Mention> mentions;
    private final NameMemory memory;
    private final IntFunction<Speaker> turnSpeaker;
    private final SpeakerParser parser;
    private final List<TextSpan> quoted;
    private final DiscourseState discourse = new DiscourseState();
    private final Genders genders;
    private final SpeakerCandidates candidates;
    private final SpeakerRanker ranker;
    private final GroupCandidates groups;
    private final Namesakes namesakes;
    private final ShortOrganisationNames shortNames;
    private final WrittenNames written;
    private final MistypedPeople mistyped;

    /** How far back a pronoun looks for a person named as a subject. */
    private static final int PRONOUN_WINDOW = 700;

    SpeakerResolver(String text, List<Mention> mentions, NameMemory memory, IntFunction<Speaker> turnSpeaker,
                    SpeakerParser parser, List<TextSpan> quoted) {
        this.text = text;
        this.mistyped = new MistypedPeople(text, mentions); // "NBC's Dana Pell" typed as an organisation
        this.mentions = mistyped.mentions();
        this.memory = memory;
        this.turnSpeaker = turnSpeaker;
        this.parser = parser;
        this.quoted = List.copyOf(quoted);
        this.genders = Genders.of(text, this.mentions, memory);
        this.candidates = new SpeakerCandidates(text, this.mentions, quoted, parser);
        this.ranker = new SpeakerRanker(genders);
        this.namesakes = new Namesakes(this.mentions);
        this.shortNames = new ShortOrganisationNames(this.mentions);
        this.written = new WrittenNames(text);
        this.groups = new GroupCandidates(text, this.mentions, parser, this::insideQuote, (p, start) ->
                p.kind() == SpeakerPhrase.Kind.NAME ? name(p.name(), p.nameSpan(), p.role(), start, WrittenNames.titled(p))
                        : p.kind() == SpeakerPhrase.Kind.ANAPHOR ? groupOrDescription(p, start) : description(p));
    }

    Speaker resolve(SpeakerPhrase p, int at) {
        Speaker s = switch (p.kind()) {
            case NAME -> {
                Speaker group = NamedGroup.after(text, p.nameSpan()); // "Scott's family said"
                yield group != null ? group : name(p.name(), p.nameSpan(), p.role(), at, WrittenNames.titled(p));
            }
            case PRONOUN -> pronoun(p.text(), at);
            case ANAPHOR -> anaphor(p, at);
            case DESCRIPTION -> possessed(p, at);
        };
        return s.withRole(p.role());
    }

    /** "his campaign said": the campaign of the man "his" points to, printed "Ames's campaign"; else as described. */
    private Speaker possessed(SpeakerPhrase p, int at) {
        Matcher m = POSSESSED.matcher(p.text());
        Speaker owner = m.matches() ? pronoun(m.group(1).equalsIgnoreCase("his") ? "he" : "she", at) : null;
        if (owner == null || !owner.person() || owner.name().isBlank()) {
            return description(p);
        }
        String surname = owner.name().strip().substring(owner.name().strip().lastIndexOf(' ') + 1);
        boolean person = GroupCandidates.kindOf(NameMemory.lastWord(m.group(2))) == GroupCandidates.Kind.PERSON;
        return new Speaker(surname + "'s " + m.group(2), "", "", person, !person); // "his doctor" is a person
    }
    private static final Pattern POSSESSED = Pattern.compile("(?i:(his|her))\\s+(\\p{Ll}[\\p{L} -]*)");

    /** Records a speaker so later pronouns can point back to it. */
    void remember(Speaker s, int at) {
        discourse.remember(s, at);
    }

    /** The last speaker before {@code at}, for quotations that continue an earlier one. */
    Speaker lastSpeaker(int at) {
        return discourse.lastSpeaker(at);
    }

    /** The last person named as the subject of a verb in {@code [from, at)} outside quotations, or null; {@code groups}: a {@link NamedGroup} first. */
    Speaker salientSubject(int from, int at, boolean groups) {
        int window = Math.max(from, at - PRONOUN_WINDOW);
        List<SpeakerCandidates.Candidate> before = candidates.before(window, at);
        Speaker group = groups ? NamedGroup.opening(text, before) : null;
        if (group != null) {
            return group;
        }
        DiscourseState.Said subject = recentSubjectAt(window, at, "", false);
        return ranker.salient(before, subject == null ? null : subject.speaker(),
                subject == null ? 0 : candidates.sentencesBetween(subject.at(), at), m -> name(m.text(), m.span(), "", at));
    }

    /** A speaker given by name: linked to its actor, a surname completed to the full name. */
    Speaker name(String name, TextSpan span, String role, int at) {
        return name(name, span, role, at, SpeakerKinds.hasPersonTitle(role));
    }

    /** The person a surname alone stands for: the last speaker, else the nearest full name, of that surname; or null. */
    private Speaker knownPerson(String surname, int at) {
        Speaker spoke = discourse.fullNameOf(surname);
        if (spoke != null) {
            return new Speaker(spoke.name(), spoke.actor(), "", true, false);
        }
        NameMemory.Named full = memory.fullName(surname, at);
        Mention retyped = full == null ? mistyped.fullName(surname, at) : null;
        if (retyped != null) {
            return new Speaker(retyped.actor(), retyped.actor(), "", true, false);
        }
        return full == null ? null : new Speaker(full.name(), full.actor(), "", true, false);
    }

    private Speaker name(String name, TextSpan span, String role, int at, boolean titled) {
        Mention m = span == null ? null : overlapping(span, true);
        String surname = NameMemory.lastWord(name);
        if (m != null && WrittenNames.runsPast(m, span, surname)) {
            m = null; // "Ames Sees Gains" taken by the name finder as one name: the phrase's name is "Ames"
        }
        boolean single = name.strip().split("\\s+").length == 1;
        if (m != null && m.type() != ActorType.PERSON && single) {
            Speaker person = knownPerson(surname, at);
            if (person != null) {
                return person.withRole(role); // "Ames" after "Rita Ames": the person, however the name finder typed it
            }
        }
        if (m != null && m.type() == ActorType.PERSON) {
            // a bare surname shared in the family is the actors stage's choice (MentionSheet.namesake); "Mrs. Vance"
            // the woman of that name the text calls by it, by the genders the quotes show too
            String pronoun = single ? written.genderTitle(span.start()) : "";
            String actor = !single || !titled || pronoun.isEmpty() ? m.actor()
                    : namesakes.of(surname, m.actor(), span.start(), genders, pronoun);
            boolean same = NameMemory.lastWord(actor).equals(surname) || !name.contains(" ");
            Speaker named = new Speaker(same && !written.fuller(name, actor) ? actor : name, actor, role, true, false);
            // "Mrs. Ames" given to her husband: the woman of that surname the name finder missed, as "she" does
            return pronoun.isEmpty() ? named : namesakes.missedFullName(named, span.start(), genders, pronoun, memory);
        }
        if (m != null) {
            Speaker full = fullOrganisation(name, span.start(), role);
            return full != null ? full : new Speaker(name, m.actor(), role, false, true);
        }
        if (single) {
            Speaker person = knownPerson(surname, at);
            if (person != null) {
                return person.withRole(role);
            }
        }
        Speaker full = fullOrganisation(name, span == null ? at : span.start(), role);
        if (full != null) {
            return full;
        }
        boolean organisation = SpeakerKinds.isOrganisation(name);
        boolean person = !organisation && (!single || titled);
        return new Speaker(name, "", role, person, organisation);
    }

    /** "the Times said" after "Tampa Bay Times": the organisation named in full before {@code at}; or null. */
    private Speaker fullOrganisation(String name, int at, String role) {
        Mention full = shortNames.fuller(name, at);
        return full == null ? null
                : new Speaker(full.text().strip().replaceFirst("^The\\s+", ""), full.actor(), role, false, true);
    }

    private Speaker pronoun(String pronoun, int at) {
        switch (pronoun) {
            case "i", "we" -> {
                return turnSpeaker.apply(at);
            }
            case "he", "she" -> {
                // "she" passes over a speaker of unknown gender to the woman who spoke just before
                int from = Math.max(0, at - PRONOUN_WINDOW);
                List<SpeakerCandidates.Candidate> before = candidates.before(from, at);
                DiscourseState.Said reported = lastReported(before, pronoun, at);
                DiscourseState.Said said = discourse.lastOfGender(genders, pronoun, at, PRONOUN_WINDOW, reported);
                DiscourseState.Said parsed = recentSubjectAt(from, at, pronoun, false);
                // "…, said Jo Kent." names the subject of a verb the parser, reading subject then verb, passes over
                DiscourseState.Said subjectSaid = reported != null && (parsed == null || parsed.at() < reported.at())
                        ? reported : parsed;
                Speaker ranked = ranker.person(pronoun, before, said == null ? null : said.speaker(),
                        said == null ? 0 : candidates.sentencesBetween(said.at(), at),
                        subjectSaid == null ? null : subjectSaid.speaker(),
                        subjectSaid == null ? 0 : candidates.sentencesBetween(subjectSaid.at(), at),
                        m -> ofGender(name(m.text(), m.span(), "", at), m.text(), m.span().start(), pronoun));
                if (ranked != null) {
                    return ranked; // among the people named since, the last speaker and the parsed subject
                }
                NameMemory.Named last = memory.lastBefore(at);
                if (last != null) {
                    return name(last.name(), null, "", at);
                }
                return Speaker.UNKNOWN;
            }
            default -> {
                return groups.pronoun(pronoun, discourse.lastGroup(), at, PRONOUN_WINDOW); // "it", "they"
            }
        }
    }

    /** The last person of the pronoun's gender given a verb of saying unquoted ("…, said Jo Kent."), or null. */
    private DiscourseState.Said lastReported(List<SpeakerCandidates.Candidate> before, String pronoun, int at) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i).mention();
            if (!before.get(i).afterCue() || !ReportedSubject.of(text, m.span())) {
                continue;
            }
            Speaker s = ofGender(name(m.text(), m.span(), "", at), m.text(), m.span().start(), pronoun);
            if (s.person() && genders.fits(s.name(), pronoun)) {
                return new DiscourseState.Said(s, m.span().start());
            }
        }
        return null;
    }

    /** The last person named as the subject of a verb between {@code from} and {@code to}, outside quotations. */
    private Speaker recentSubject(int from, int to, String pronoun) {
        DiscourseState.Said said = recentSubjectAt(from, to, pronoun, true);
        return said == null ? null : said.speaker();
    }

    /**
     * {@link #recentSubject} with where the subject is named; {@code preferShown}: a person shown to be of
     * the pronoun's gender before a later one of unknown gender (the ranker weighs that itself).
     */
    private DiscourseState.Said recentSubjectAt(int from, int to, String pronoun, boolean preferShown) {
        if (from >= to) {
            return null;
        }
        List<QuoteToken> toks = QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, from, to));
        DiscourseState.Said found = null;
        DiscourseState.Said sameGender = null;
        for (int k = 0; k < toks.size(); k++) {
            boolean clauseStart = k == 0 || !toks.get(k - 1).word()
                    && ".!?,;:\u2014\u2013\"\u201D\u2019".contains(toks.get(k - 1).text());
            if (!clauseStart || insideQuote(toks.get(k).start())) {
                continue;
            }
            int s = k;
            while (s < toks.size() && s < k + 3 && toks.get(s).word()
                    && (SpeakerParser.FUNCTION_WORDS.contains(toks.get(s).lower())
                    || WordForms.TIME_NOUNS.contains(toks.get(s).lower()))) {
                s++; // "Yet Sondland has", "Last week State Department official David Holmes revealed"
            }
            if (s >= toks.size() || !toks.get(s).capitalized()) {
                continue;
            }
            SpeakerPhrase p = parser.subjectThenVerb(text, toks, s, toks.size(), new int[1]);
            if (p == null || p.kind() != SpeakerPhrase.Kind.NAME) {
                continue;
            }
            Speaker named = name(p.name(), p.nameSpan(), p.role(), p.span().start(), WrittenNames.titled(p));
            if (!pronoun.isEmpty()) {
                named = ofGender(named, p.name(), p.span().start(), pronoun);
            }
            if (named.person() && (isKnownPerson(named) || WrittenNames.titled(p))
                    && (pronoun.isEmpty() || genders.fits(named.name(), pronoun))) {
                found = new DiscourseState.Said(named.withRole(p.role()), p.span().start());
                if (genders.of(named.name()) != Genders.Gender.UNKNOWN) {
                    sameGender = found;
                }
            }
        }
        return preferShown && sameGender != null ? sameGender : found; // "she" prefers the woman named to a name of unknown gender
    }

    /** A bare surname two relatives share, read for "he" or "she": the namesake of that gender ("Woods … she said"). */
    private Speaker ofGender(Speaker s, String written, int at, String pronoun) {
        return !s.person() || s.actor().isEmpty() || written.strip().contains(" ") ? s
                : namesakes.forPronoun(s, at, genders, pronoun, memory);
    }

    /**
     * Known as a person: from the actors stage, a full "First Last" name the text uses, or a full name that
     * opens with a common given name ("Tina Marsh" when the name finder missed or mistyped it).
     */
    private boolean isKnownPerson(Speaker s) {
        if (!s.actor().isEmpty()) {
            return s.person();
        }
        if (GivenNames.of(s.name()) != Genders.Gender.UNKNOWN) {
            return true;
        }
        NameMemory.Named n = memory.fullName(NameMemory.lastWord(s.name()), Integer.MAX_VALUE);
        return n != null && n.name().equalsIgnoreCase(s.name());
    }

    private boolean insideQuote(int offset) {
        for (TextSpan q : quoted) {
            if (q.start() <= offset && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    private Speaker anaphor(SpeakerPhrase p, int at) {
        String head = NameMemory.lastWord(p.text());
        if (GroupCandidates.kindOf(head) != GroupCandidates.Kind.PERSON) {
            return groupOrDescription(p, at); // "the ministry", "the report": never a person
        }
        Speaker described = discourse.describedBy(head, p.text());
        if (described != null) {
            return new Speaker(described.name(), described.actor(), "", described.person(), described.group());
        }
        // "the president" after "President Obama" earlier in the text, "the congressman" after "Rep. Ferreira"
        TextSpan titled = TitledNames.lastBefore(text, head, p.text(), at);
        if (titled != null) {
            return name(titled.of(text), titled, "", at);
        }
        boolean epithet = !SpeakerKinds.ORGANISATION_WORDS.contains(head) && !head.endsWith("s") && p.text().split("\\s+").length >= 3
                || SpeakerKinds.PUBLIC_EPITHETS.contains(head) && IntroducedDescription.before(text, head, at) == null;
        if (epithet) {
            // "the Ohio businessman says", "the former governor said": a person the text has just named
            Speaker subject = salientSubject(0, at, false);
            if (subject != null) {
                return subject.withRole("");
            }
        }
        Speaker lastPerson = SpeakerKinds.PERSON_TITLES.contains(head) || epithet ? discourse.lastPerson() : null;
        if (lastPerson != null) {
            return lastPerson; // "the senator said": the last person who spoke
        }
        String introduced = p.text().matches("(?i:the)\\s+\\p{L}+") ? IntroducedDescription.before(text, head, at) : null;
        if (introduced != null) {
            return new Speaker(introduced, "", "", true, false); // "the woman said" after "a young woman from Oslo"
        }
        return description(p); // "the source said" keeps its description
    }

    /** An institution or document described ("the ministry", "the report"): the one it names, else as described. */
    private Speaker groupOrDescription(SpeakerPhrase p, int at) {
        Speaker named = groups.described(p, at);
        if (named != null) {
            return named;
        }
        String head = NameMemory.lastWord(p.text());
        Speaker spoke = discourse.describedBy(head, p.text());
        if (spoke != null && spoke.group()) {
            return spoke.withRole("");
        }
        Speaker any = p.kind() == SpeakerPhrase.Kind.ANAPHOR
                ? groups.anyOrganisation(head, discourse.lastGroup(), at, PRONOUN_WINDOW) : null;
        return any != null ? any : description(p);
    }

    private Speaker description(SpeakerPhrase p) {
        Mention m = overlapping(p.span(), false);
        String head = NameMemory.lastWord(p.text());
        boolean plural = head.endsWith("s") && !head.endsWith("ss");
        boolean organisation = m != null && m.type() != ActorType.PERSON && !plural && p.text().split("\\s+").length == 1;
        String described = p.text().replaceFirst("^(?i:the|a|an)\\s+", "");
        boolean institution = GroupCandidates.kindOf(head) != GroupCandidates.Kind.PERSON; // "report", "ministry"
        return new Speaker(described, m == null ? "" : m.actor(), "", !plural && !organisation && !institution,
                plural || organisation || institution);
    }

    /** The mention that covers most of {@code span}; persons first when {@code preferPerson}. */
    private Mention overlapping(TextSpan span, boolean preferPerson) {
        Mention best = null;
        long bestScore = 0;
        for (Mention m : mentions) {
            if (!m.span().overlaps(span) || !m.type().isActor()) {
                continue;
            }
            int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().start(), span.start());
            // most overlap first; among equals, the later mention is nearer the head of the phrase
            long score = (preferPerson && m.type() == ActorType.PERSON ? 1L << 50 : 0)
                    + ((long) overlap << 30) + m.span().start();
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }
}
