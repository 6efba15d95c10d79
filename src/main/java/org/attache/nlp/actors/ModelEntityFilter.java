package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.NamedEntity;

/**
 * Step 2: the statistical name finder's entities, for names the gazetteer does not know: each is
 * trimmed of titles and of the parts the gazetteer already read, and dropped when obviously not a
 * name. One-word persons are left on the sheet for the coreference step.
 */
final class ModelEntityFilter {

    /** The tokens {@code first..last} of a model entity that may be a name, and what kind of name. */
    private record Candidate(int first, int last, String kind) {
    }

    private final Gazetteer gazetteer;
    private final Roles roles;

    ModelEntityFilter(Gazetteer gazetteer, Roles roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    /**
     * The sentences the name finder must read: those with a capitalised word the gazetteer did
     * not already read, other than a function word opening the sentence ("The", "In", "He").
     * The model is only there for names the gazetteer does not know, and running it dominated
     * the whole pipeline's time, so sentences without such a word are not given to it.
     */
    static List<Sentence> sentencesWithUnknownNames(MentionSheet sheet, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<TextSpan> words = sentence.tokens();
            for (int k = 0; k < words.size(); k++) {
                TextSpan w = words.get(k);
                if (w.length() > 0 && Character.isUpperCase(sheet.text.charAt(w.start())) && !sheet.coveredAt(w.start())
                        && !(k == 0 && NameWords.FUNCTION_WORDS.contains(w.of(sheet.text)))) {
                    out.add(sentence);
                    break;
                }
            }
        }
        return out;
    }

    void apply(MentionSheet sheet, List<NamedEntity> entities) {
        new Run(sheet).apply(entities);
    }

    /** The filter over one document. */
    private final class Run {
        private final MentionSheet sheet;
        private final NameMatchTokens tokens;
        private final NameSpans spans;
        private final NameContext context;

        Run(MentionSheet sheet) {
            this.sheet = sheet;
            this.tokens = sheet.tokens;
            this.spans = new NameSpans(sheet);
            this.context = new NameContext(sheet);
        }

        void apply(List<NamedEntity> entities) {
            List<MentionSheet.Single> deferred = new ArrayList<>();
            for (NamedEntity ne : new ModelEntityRepairs(sheet, spans).repaired(entities)) {
                Candidate c = candidate(ne);
                if (c == null) {
                    continue;
                }
                int a = c.first();
                int b = c.last();
                String surface = sheet.text.substring(tokens.start(a), tokens.end(b)).replaceAll("\\s+", " ");
                double confidence = Math.max(0, Math.min(1, ne.probability())) * Confidences.MODEL_WEIGHT;
                Optional<String> known = gazetteer.canonical(surface);
                if (known.isPresent() && a == b && NamedEntity.PERSON.equals(c.kind())
                        && gazetteer.typeOf(known.get()).orElseThrow() == ActorType.PERSON) {
                    // a known person's surname: another person of that name in this document comes first
                    deferred.add(new MentionSheet.Single(a, confidence));
                    continue;
                }
                if (known.isPresent()) {
                    ActorType type = gazetteer.typeOf(known.get()).orElseThrow();
                    sheet.cover(a, b);
                    sheet.add(a, b, known.get(), type, MentionSource.MODEL, confidence);
                    continue;
                }
                if (notAnActor(a, b, c.kind()) || !nameInContext(a, b, c.kind(), ne.probability())) {
                    continue;
                }
                String kind = context.placeByNoun(b) ? NamedEntity.LOCATION : c.kind();
                switch (kind) {
                    case NamedEntity.PERSON -> {
                        if (a == b) {
                            deferred.add(new MentionSheet.Single(a, confidence));
                            continue;
                        }
                        String person = namesakeInOffice(a, b).orElse(surface);
                        sheet.cover(a, b);
                        sheet.add(a, b, person, ActorType.PERSON, MentionSource.MODEL, confidence);
                        sheet.sighted(tokens.key(b), person, tokens.start(a));
                        int surname = sheet.surnameStart(a, b);
                        if (surname < b && surname > a) {
                            sheet.sighted(sheet.keyOf(surname, b), person, tokens.start(a)); // "Kramp-Karrenbauer"
                        }
                        if (spans.endsInLowerCaseHyphen(a, b)) {
                            sheet.sighted(tokens.key(a), person, tokens.start(a)); // "Lee Jae-myung": Lee is the surname
                        }
                    }
                    case NamedEntity.ORGANIZATION -> {
                        sheet.cover(a, b);
                        sheet.add(a, b, surface, ActorType.ORGANIZATION, MentionSource.MODEL, confidence);
                    }
                    case NamedEntity.LOCATION -> {
                        sheet.cover(a, b);
                        sheet.add(a, b, surface, ActorType.LOCATION, MentionSource.MODEL, confidence);
                    }
                    default -> {
                        // an entity type this resolver does not know is not an actor
                    }
                }
            }
            sheet.deferredSingles = deferred;
        }

        /**
         * "George Bush", a first name and surname that several known people share ("George W. Bush",
         * "George H. W. Bush"): the one in office on the document's date.
         */
        private Optional<String> namesakeInOffice(int a, int b) {
            String first = tokens.surface(a) + " ";
            List<ActorEntry> namesakes = gazetteer.shortCandidates(tokens.surface(b)).stream()
                    .map(AliasTrie.Candidate::entry).filter(e -> e.canonical().startsWith(first)).distinct().toList();
            return namesakes.size() < 2 ? Optional.empty()
                    : roles.inOffice(namesakes, sheet.date).map(ActorEntry::canonical);
        }

        /**
         * The tokens of a model entity that may be a name, and its kind: the part no earlier mention
         * covers (or the whole organisation name after a known actor), trimmed, and run on through a
         * middle initial or a hyphen; null when nothing like a name is left.
         */
        private Candidate candidate(NamedEntity ne) {
            int[] whole = spans.tokenRange(ne.span());
            int[] range = whole == null ? null : spans.longestFreeRun(whole[0], whole[1]);
            if (range == null) {
                return null;
            }
            String kind = personAfterKnownName(whole, range) ? NamedEntity.PERSON : ne.type();
            if (NamedEntity.ORGANIZATION.equals(kind) || NamedEntity.LOCATION.equals(kind)) {
                int[] named = withNamedPrefix(whole, range, kind);
                range = named != range ? named : withNamedPrefix(withKnownWordBefore(whole), range, kind);
            }
            if (NamedEntity.ORGANIZATION.equals(kind) && administrationOfKnownPerson(range)) {
                // "Biden Administration": the person's government, counted for the person (a body of them)
                String person = gazetteer.canonical(tokens.surface(range[0])).orElseThrow();
                sheet.cover(range[0], range[1]);
                sheet.add(range[0], range[0], person, ActorType.PERSON, MentionSource.GAZETTEER, Confidences.TITLED_SURNAME);
                return null;
            }
            range = spans.trim(range[0], range[1], NamedEntity.PERSON.equals(kind));
            if (range != null && NamedEntity.PERSON.equals(kind) && range[1] > range[0]
                    && tokens.surface(range[0]).matches("\\p{Lu}\\p{Ll}+(ed|ing|ly)") && knownPerson(range[0] + 1, range[1])) {
                range = new int[] {range[0] + 1, range[1]}; // "Alleged bin Laden", "Jailed Navalny"
            }
            if (range == null || !spans.looksLikeName(range[0], range[1]) && !knownPerson(range[0], range[1])) {
                return null;
            }
            if (!NamedEntity.PERSON.equals(kind)) {
                return new Candidate(range[0], spans.throughHyphen(range[1]), kind);
            }
            int last = spans.throughHyphen(spans.throughMiddleInitial(range[0], range[1]));
            if (sheet.surnameStart(range[0], last) == range[0] && unknownName(range[0])) {
                last = spans.throughHyphen(spans.throughSurname(last));
            }
            // "Jeb" + "Bush"; a known person's own surname keeps the word before it out ("Stop Trump")
            int first = last == range[0] && range[0] > 0 && unknownName(range[0] - 1)
                    && !gazetteer.uniqueShort(tokens.surface(range[0])) ? spans.fromGivenName(range[0]) : range[0];
            return new Candidate(first, last > range[0] ? spans.throughLowerCaseHyphen(last) : last, kind);
        }

        /** Whether tokens {@code a..b} are a form of one known person ("bin Laden", "Navalny"). */
        private boolean knownPerson(int a, int b) {
            String surface = sheet.text.substring(tokens.start(a), tokens.end(b));
            return gazetteer.canonical(surface).flatMap(gazetteer::typeOf).filter(t -> t == ActorType.PERSON).isPresent();
        }

        /** Whether the gazetteer knows no actor and no person's short form written like this token. */
        private boolean unknownName(int t) {
            String w = tokens.surface(t);
            return gazetteer.canonical(w).isEmpty() && gazetteer.shortCandidates(w).isEmpty();
        }

        /**
         * Names the model gives that are no actor: a word this document also writes in lower case
         * ("Commerce", "Women"), part of a post or a label ("Defense Secretary", "Step 1"), a post
         * ("National Security Adviser"), a plan, law, document or event ("Membership Action Plan"),
         * a thing after "a" ("a PDF version"); one-word organisations cut from a longer name ("Nord"
         * [Stream]), adjectives before a noun ("Communist bloc") and terms like "IoT".
         */
        private boolean notAnActor(int a, int b, String kind) {
            if (a == b && (sheet.usedAsCommonWord(tokens.surface(a)) || spans.followedBy(b, NameWords.TITLES)
                    || spans.nextIsNumber(b))) {
                return true;
            }
            if (spans.afterIndefiniteArticle(a)) {
                return true; // "a PDF version": a thing, not a name
            }
            if (a == b && NamedEntity.ORGANIZATION.equals(kind) && (spans.cutFromLongerName(a)
                    || spans.adjectiveBeforeNoun(a) || spans.mixedCaseTerm(a))) {
                return true;
            }
            String last = tokens.surface(b);
            return !NamedEntity.PERSON.equals(kind)
                    && (NameWords.TITLES.contains(last) || NameWords.NOT_ACTOR_HEADS.contains(last));
        }

        /** Whether the words around the name leave it a name: not a label, headline word, office or ordinary phrase. */
        private boolean nameInContext(int a, int b, String kind, double probability) {
            if (context.label(a, b) || context.headlineWord(a, probability)) {
                return false;
            }
            return NamedEntity.PERSON.equals(kind) || !(context.partOfOffice(a, b) || context.ordinaryPhrase(a, b));
        }

        /**
         * "[European Union] Anna Kowalczyk" tagged as one organisation: when the gazetteer already read
         * the start, a rest of two or three capitalised words that are no ordinary words of the document,
         * no title and no organisation's head word, whose last word the document also uses on its own
         * (as a surname), is a person's name.
         */
        private boolean personAfterKnownName(int[] whole, int[] free) {
            if (free[0] == whole[0] || free[1] - free[0] < 1 || free[1] - free[0] > 2) {
                return false;
            }
            for (int t = free[0]; t <= free[1]; t++) {
                String w = tokens.surface(t);
                if (!tokens.isWord(t) || !tokens.isCapitalised(t) || w.length() < 2 || sheet.usedAsCommonWord(w)
                        || NameWords.neverAName(w) || NameWords.ORGANISATION_HEADS.contains(w)
                        || w.equals(w.toUpperCase(Locale.ROOT))) {
                    return false;
                }
            }
            String surname = tokens.surface(free[1]);
            String given = tokens.surface(free[1] - 1);
            for (int t = 1; t < tokens.size(); t++) {
                if (t != free[1] && tokens.surface(t).equals(surname) && !tokens.surface(t - 1).equals(given)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "NATO" + "Response Force", "Russian" + "Defense Ministry": an
         * organisation the model names whose first words the gazetteer already read as one actor, and
         * whose rest is two words or more ending in a word like "Committee", keeps its whole name (the
         * actor inside it counts too). So does one whose rest starts with a word the document writes only
         * after that actor ("NATO Industry Cyber Partnership", "Malaysia Airlines"); a state or place inside
         * such a name that is no body of it is no mention of the state (the guidelines' "Malaysia Airlines").
         * Else the free run.
         */
        private int[] withNamedPrefix(int[] whole, int[] free, String kind) {
            if (free[0] <= whole[0] || free[1] != whole[1]) {
                return free;
            }
            int start = tokens.start(whole[0]);
            int end = tokens.end(free[0] - 1);
            Optional<Mention> prefix = sheet.mentions.stream()
                    .filter(m -> m.span().start() == start && m.span().end() == end && m.source() == MentionSource.GAZETTEER)
                    .findFirst();
            if (prefix.isEmpty()) {
                return free;
            }
            boolean body = NameWords.ORGANISATION_HEADS.contains(tokens.surface(free[1]));
            if (body && free[1] > free[0]) {
                return whole;
            }
            if (!onlyAfter(free[0], free[0] - 1)) {
                return free;
            }
            // "Malaysia Airlines", "Berlin Wall": a name of its own that only contains a place's name
            if (!body && NamedEntity.ORGANIZATION.equals(kind) && prefix.get().type() != ActorType.ORGANIZATION
                    && prefix.get().type() != ActorType.PERSON) {
                sheet.mentions.remove(prefix.get());
            }
            return whole;
        }

        /**
         * The entity with the one-word actor the gazetteer read right before it on the same line
         * ("Columbia" + "University", "Microsoft" + "Exchange"), so the rest of a longer name is seen as such.
         */
        private int[] withKnownWordBefore(int[] whole) {
            int p = whole[0] - 1;
            if (p < 0 || !sheet.covered(p) || !tokens.isWord(p) || !" ".equals(sheet.text.substring(tokens.end(p), tokens.start(whole[0])))) {
                return whole;
            }
            int start = tokens.start(p);
            int end = tokens.end(p);
            boolean one = sheet.mentions.stream().anyMatch(m -> m.span().start() == start && m.span().end() == end
                    && m.source() == MentionSource.GAZETTEER);
            return one ? new int[] {p, whole[1]} : whole;
        }

        /** "Biden Administration": a known person's surname and "Administration", the person's government. */
        private boolean administrationOfKnownPerson(int[] range) {
            return range[1] == range[0] + 1 && tokens.surface(range[1]).equals("Administration")
                    && gazetteer.uniqueShort(tokens.surface(range[0]));
        }

        /**
         * Whether the word at {@code t} occurs in the document only right after the word written as
         * {@code before} is ("Airlines" only in "Malaysia Airlines"): the rest of a longer name, not a name.
         */
        private boolean onlyAfter(int t, int before) {
            String word = tokens.surface(t);
            String prev = tokens.surface(before);
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.surface(k).equals(word) && (k == 0 || !tokens.surface(k - 1).equals(prev))) {
                    return false;
                }
            }
            return true;
        }
    }
}
