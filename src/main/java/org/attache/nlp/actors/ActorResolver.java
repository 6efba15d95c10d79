package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Cancellation;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.ActorRecognizer;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;

/**
 * Finds actor and place mentions under canonical names, in three passes over a document:
 * <ol>
 * <li>the gazetteer, longest match first with each form's case rule (names, acronyms, demonyms;
 *     "the" and possessives never enter the span; an actor inside a longer unknown name still counts);</li>
 * <li>the statistical name finder, if any, for names the gazetteer does not know, trimmed of titles
 *     and of the parts the gazetteer already read, and dropped when obviously not a name;</li>
 * <li>people's short forms: a surname (alone or after a title) linked to the full name seen in the
 *     document, nearest before it first; known people's distinctive surnames even without it.</li>
 * </ol>
 * Not thread-safe (the tagger is not): one per worker thread, sharing one {@link Gazetteer}.
 */
public final class ActorResolver implements ActorRecognizer {

    static final double GAZETTEER_NAME = 0.95;
    static final double GAZETTEER_ACRONYM = 0.9;
    static final double GAZETTEER_DEMONYM = 0.85;
    static final double KNOWN_SURNAME = 0.8;
    static final double TITLED_SURNAME = 0.75;
    static final double COREFERENCE = 0.85;
    static final double MODEL_WEIGHT = 0.9;
    private static final int MAX_NAME_TOKENS = 8;
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "of", "for");

    private final Gazetteer gazetteer;
    private final Optional<EntityTagger> tagger;

    public ActorResolver(Gazetteer gazetteer, Optional<EntityTagger> tagger) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The tokens {@code first..last} of a model entity that may be a name, and what kind of name. */
    private record Candidate(int first, int last, String kind) {
    }

    /** A one-word person the model found, with the model's confidence. */
    private record Single(int token, double confidence) {
    }

    /** A full name of the document written out again, ending at token {@code last}. */
    private record Recurrence(String actor, int last) {
    }

    /** A person named in full in the document, and where: later short forms link to it. */
    private record Sighting(String actor, int offset) {
    }

    /** The state of one document while it is being resolved. */
    private final class Pass {
        final String text;
        final TextTokens tokens;
        final boolean[] covered;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, List<Sighting>> bySurname = new HashMap<>();

        Pass(String text, List<Sentence> sentences) {
            this.text = text;
            this.tokens = TextTokens.of(text);
            this.covered = new boolean[tokens.size()];
        }

        void gazetteer() {
            int i = 0;
            while (i < tokens.size()) {
                if ((i & 1023) == 0) {
                    Cancellation.check();
                }
                AliasTrie.Hit hit = tokens.isWord(i) ? gazetteer.names().longestAt(tokens, i, CaseRules.INSTANCE) : null;
                if (hit == null) {
                    i++;
                    continue;
                }
                cover(hit.first(), hit.last());
                ActorEntry entry = hit.candidate().entry();
                Alias alias = hit.candidate().alias();
                int first = alias.leadingContext() ? hit.first() + 1 : hit.first();
                Optional<ActorType> type = entry.type().actorType();
                if (type.isPresent()) {
                    nestedPrefix(entry, first, hit.last());
                    nestedAfterPreposition(entry, first, hit.last());
                    add(first, hit.last(), entry.canonical(), type.get(), MentionSource.GAZETTEER, confidence(alias));
                    if (type.get() == ActorType.PERSON) {
                        for (Alias s : entry.shortForms()) {
                            sighted(GazetteerReader.keyOf(s.text()), entry.canonical(), tokens.start(first));
                        }
                    }
                }
                i = hit.last() + 1;
            }
        }

        /**
         * An actor named at the start of a longer known name counts too, when the rest is the known
         * name on its own or the start is a country's demonym: "U.S. State Department" is also a mention
         * of the United States, "U.N. General Assembly" of the United Nations, "Palestinian Authority"
         * of Palestine; but "USA Today" is not a mention of the United States.
         */
        private void nestedPrefix(ActorEntry outer, int first, int last) {
            if (first >= last || outer.type() == EntryType.LOCATION) {
                return;
            }
            AliasTrie.Hit inner = gazetteer.names().longestAt(tokens, first, last - 1, CaseRules.INSTANCE);
            if (inner == null || inner.candidate().entry() == outer) {
                return;
            }
            ActorEntry entry = inner.candidate().entry();
            Alias alias = inner.candidate().alias();
            if (entry.type().actorType().isEmpty() || alias.leadingContext()) {
                return;
            }
            boolean demonym = alias.kind() == AliasKind.DEMONYM && entry.type() == EntryType.COUNTRY;
            String rest = keyOf(inner.last() + 1, last);
            boolean restIsName = outer.aliases().stream().anyMatch(a -> GazetteerReader.keyOf(a.text()).equals(rest));
            if (demonym || restIsName || PREPOSITIONS.contains(tokens.surface(inner.last() + 1))) {
                add(first, inner.last(), entry.canonical(), entry.type().actorType().get(), MentionSource.GAZETTEER,
                        confidence(alias));
            }
        }

        /**
         * "al-Qaeda in Iraq", "Embassy of Ukraine": an actor named after "in", "of" or "for" inside a
         * longer known name counts too.
         */
        private void nestedAfterPreposition(ActorEntry outer, int first, int last) {
            if (outer.type() == EntryType.LOCATION) {
                return;
            }
            for (int t = first + 1; t < last; t++) {
                if (!PREPOSITIONS.contains(tokens.surface(t))) {
                    continue;
                }
                AliasTrie.Hit inner = gazetteer.names().longestAt(tokens, t + 1, last, CaseRules.INSTANCE);
                if (inner == null || inner.candidate().entry() == outer || inner.candidate().alias().leadingContext()) {
                    continue;
                }
                ActorEntry entry = inner.candidate().entry();
                if (entry.type().actorType().isPresent()) {
                    add(t + 1, inner.last(), entry.canonical(), entry.type().actorType().get(), MentionSource.GAZETTEER,
                            confidence(inner.candidate().alias()));
                    t = inner.last();
                }
            }
        }

        void model(List<NamedEntity> entities) {
            List<Single> deferred = new ArrayList<>();
            for (NamedEntity ne : joinedPersons(entities)) {
                Candidate c = candidate(ne);
                if (c == null) {
                    continue;
                }
                int a = c.first();
                int b = c.last();
                String surface = text.substring(tokens.start(a), tokens.end(b)).replaceAll("\\s+", " ");
                double confidence = Math.max(0, Math.min(1, ne.probability())) * MODEL_WEIGHT;
                Optional<String> known = gazetteer.canonical(surface);
                if (known.isPresent() && a == b && NamedEntity.PERSON.equals(c.kind())
                        && gazetteer.typeOf(known.get()).orElseThrow() == ActorType.PERSON) {
                    // a known person's surname: another person of that name in this document comes first
                    deferred.add(new Single(a, confidence));
                    continue;
                }
                if (known.isPresent()) {
                    ActorType type = gazetteer.typeOf(known.get()).orElseThrow();
                    cover(a, b);
                    add(a, b, known.get(), type, MentionSource.MODEL, confidence);
                    continue;
                }
                if (notAnActor(a, b, c.kind())) {
                    continue;
                }
                switch (c.kind()) {
                    case NamedEntity.PERSON -> {
                        if (a == b) {
                            deferred.add(new Single(a, confidence));
                            continue;
                        }
                        cover(a, b);
                        add(a, b, surface, ActorType.PERSON, MentionSource.MODEL, confidence);
                        sighted(tokens.key(b), surface, tokens.start(a));
                    }
                    case NamedEntity.ORGANIZATION -> {
                        cover(a, b);
                        add(a, b, surface, ActorType.ORGANIZATION, MentionSource.MODEL, confidence);
                    }
                    case NamedEntity.LOCATION -> {
                        cover(a, b);
                        add(a, b, surface, ActorType.LOCATION, MentionSource.MODEL, confidence);
                    }
                    default -> {
                        // an entity type this resolver does not know is not an actor
                    }
                }
            }
            deferredSingles = deferred;
        }

        /**
         * The tokens of a model entity that may be a name, and its kind: the part no earlier mention
         * covers (or the whole organisation name after a known actor), trimmed, and run on through a
         * middle initial or a hyphen; null when nothing like a name is left.
         */
        private Candidate candidate(NamedEntity ne) {
            int[] whole = tokenRange(ne.span());
            int[] range = whole == null ? null : longestFreeRun(whole[0], whole[1]);
            if (range == null) {
                return null;
            }
            if (NamedEntity.ORGANIZATION.equals(ne.type())) {
                range = withNamedPrefix(whole, range);
            }
            String kind = personAfterKnownName(whole, range) ? NamedEntity.PERSON : ne.type();
            range = trim(range[0], range[1], NamedEntity.PERSON.equals(kind));
            if (range == null || !looksLikeName(range[0], range[1])) {
                return null;
            }
            int last = NamedEntity.PERSON.equals(kind) ? throughMiddleInitial(range[0], range[1]) : range[1];
            return new Candidate(range[0], throughHyphen(last), kind);
        }

        /**
         * Names the model gives that are no actor: a word this document also writes in lower case
         * ("Commerce", "Women"), part of a post or a label ("Defense Secretary", "Step 1"), a post
         * ("National Security Adviser"), a plan, law, document or event ("Membership Action Plan").
         */
        private boolean notAnActor(int a, int b, String kind) {
            if (a == b && (usedAsCommonWord(tokens.surface(a)) || followedBy(b, NameWords.TITLES) || nextIsNumber(b))) {
                return true;
            }
            String last = tokens.surface(b);
            return !NamedEntity.PERSON.equals(kind)
                    && (NameWords.TITLES.contains(last) || NameWords.NOT_ACTOR_HEADS.contains(last));
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
                if (!tokens.isWord(t) || !tokens.isCapitalised(t) || w.length() < 2 || usedAsCommonWord(w)
                        || NameWords.neverAName(w) || NameWords.ORGANISATION_HEADS.contains(w)
                        || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
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
         * Two pieces of one person's name that the model tagged apart, with at most two capitalised
         * words between them on the same line ("Dana" [Wilcox] "Ferreira"), made one entity.
         */
        private List<NamedEntity> joinedPersons(List<NamedEntity> entities) {
            List<NamedEntity> out = new ArrayList<>();
            for (NamedEntity ne : entities) {
                NamedEntity prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && NamedEntity.PERSON.equals(prev.type()) && NamedEntity.PERSON.equals(ne.type())
                        && onlyNameWordsBetween(prev.span().end(), ne.span().start())) {
                    out.set(out.size() - 1, new NamedEntity(new TextSpan(prev.span().start(), ne.span().end()),
                            NamedEntity.PERSON, Math.min(prev.probability(), ne.probability())));
                } else {
                    out.add(ne);
                }
            }
            return out;
        }

        /** Whether the text between two offsets is spaces and at most two free, capitalised name words. */
        private boolean onlyNameWordsBetween(int from, int to) {
            if (to <= from || to > text.length()
                    || !text.substring(from, to).chars().allMatch(c -> c == ' ' || c == '-' || Character.isLetter(c))) {
                return false;
            }
            int words = 0;
            for (int t = tokens.indexAtOrAfter(from); t < tokens.size() && tokens.end(t) <= to; t++) {
                String w = tokens.surface(t);
                if (covered[t] || !tokens.isWord(t) || !tokens.isCapitalised(t) || ++words > 2
                        || NameWords.neverAName(w)) {
                    return false;
                }
            }
            return true;
        }

        /** One-word persons the model found, resolved after the document's full names are known. */
        List<Single> deferredSingles = List.of();

        /**
         * The sentences the name finder must read: those with a capitalised word the gazetteer did
         * not already read, other than a function word opening the sentence ("The", "In", "He").
         * The model is only there for names the gazetteer does not know, and running it dominated
         * the whole pipeline's time, so sentences without such a word are not given to it.
         */
        List<Sentence> sentencesWithUnknownNames(List<Sentence> sentences) {
            List<Sentence> out = new ArrayList<>();
            for (Sentence sentence : sentences) {
                List<TextSpan> words = sentence.tokens();
                for (int k = 0; k < words.size(); k++) {
                    TextSpan w = words.get(k);
                    if (w.length() > 0 && Character.isUpperCase(text.charAt(w.start())) && !coveredAt(w.start())
                            && !(k == 0 && NameWords.FUNCTION_WORDS.contains(w.of(text)))) {
                        out.add(sentence);
                        break;
                    }
                }
            }
            return out;
        }

        private boolean coveredAt(int offset) {
            int t = tokens.indexAtOrAfter(offset);
            return t < tokens.size() && tokens.start(t) == offset && covered[t];
        }

        void shortForms() {
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i] || !tokens.isWord(i)) {
                    continue;
                }
                Optional<Recurrence> again = repeatedFullName(i);
                if (again.isPresent()) { // the model missed this occurrence ("Anna Kowalczyk's")
                    int last = again.get().last();
                    cover(i, last);
                    add(i, last, again.get().actor(), ActorType.PERSON, MentionSource.COREFERENCE, COREFERENCE);
                    i = last;
                    continue;
                }
                AliasTrie.Hit hit = gazetteer.shorts().longestAt(tokens, i, CaseRules.INSTANCE);
                int last = hit == null ? i : hit.last();
                if (hit == null && !tokens.isCapitalised(i)) {
                    continue;
                }
                if (!free(i, last) || partOfLongerName(i, last)) {
                    continue;
                }
                String key = keyOf(i, last);
                boolean titled = titled(i);
                if (hit != null && hit.candidate().alias().scope() == ShortScope.TITLE_ONLY && !titled) {
                    continue;
                }
                Optional<Sighting> seen = nearest(bySurname.get(key), tokens.start(i));
                if (seen.isPresent()) {
                    cover(i, last);
                    add(i, last, famousFirst(hit, key, seen.get().actor()), ActorType.PERSON, MentionSource.COREFERENCE,
                            COREFERENCE);
                    i = last;
                    continue;
                }
                if (hit == null) {
                    continue;
                }
                List<ActorEntry> people = gazetteer.shortCandidates(hit.candidate().alias().text()).stream()
                        .map(AliasTrie.Candidate::entry).distinct().toList();
                if (people.size() != 1) {
                    continue;
                }
                ShortScope scope = hit.candidate().alias().scope();
                if (scope == ShortScope.GLOBAL || titled) {
                    cover(i, last);
                    add(i, last, people.get(0).canonical(), ActorType.PERSON, MentionSource.GAZETTEER,
                            scope == ShortScope.GLOBAL ? KNOWN_SURNAME : TITLED_SURNAME);
                    i = last;
                }
            }
            for (Single single : deferredSingles) {
                int t = single.token();
                if (!covered[t]) {
                    // the model says it is a person: a known person's surname then needs no title
                    String surface = tokens.surface(t);
                    Optional<String> canonical = gazetteer.canonical(surface);
                    List<ActorEntry> known = gazetteer.shortCandidates(surface).stream()
                            .filter(c -> c.alias().scope() != ShortScope.TITLE_ONLY)
                            .map(AliasTrie.Candidate::entry).distinct().toList();
                    Optional<String> byFirstName = canonical.isEmpty() && known.isEmpty() ? byGivenName(surface)
                            : Optional.empty();
                    String actor = canonical.orElse(known.size() == 1 ? known.get(0).canonical()
                            : byFirstName.orElse(surface));
                    cover(t, t);
                    add(t, t, actor, ActorType.PERSON,
                            byFirstName.isPresent() ? MentionSource.COREFERENCE : MentionSource.MODEL,
                            byFirstName.isPresent() ? COREFERENCE : single.confidence());
                }
            }
        }

        /**
         * A one-word place or organisation the model found that is the surname of a person named in
         * full in the document ("Kowalczyk" tagged as a place) is that person.
         */
        void surnamesTypedAsOthers() {
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                int t = tokens.indexAtOrAfter(m.span().start());
                if (m.source() != MentionSource.MODEL || m.type() == ActorType.PERSON || t >= tokens.size()
                        || tokens.end(t) != m.span().end()) {
                    continue;
                }
                Optional<Sighting> seen = nearest(bySurname.get(tokens.key(t)), m.span().start());
                if (seen.isPresent()) {
                    mentions.set(k, new Mention(m.span(), m.text(), seen.get().actor(), ActorType.PERSON,
                            MentionSource.COREFERENCE, COREFERENCE));
                }
            }
        }

        /**
         * A full name (two words or more) seen elsewhere in the document, written out again from token
         * {@code i} on free tokens.
         */
        private Optional<Recurrence> repeatedFullName(int i) {
            if (!tokens.isCapitalised(i)) {
                return Optional.empty();
            }
            int start = tokens.start(i);
            for (List<Sighting> sightings : bySurname.values()) {
                for (Sighting s : sightings) {
                    String name = s.actor();
                    int space = name.indexOf(' ');
                    if (space < 0 || !text.startsWith(name.substring(0, space), start)) {
                        continue;
                    }
                    for (int last = i + 1; last < tokens.size() && tokens.end(last) - start <= 2 * name.length()
                            && !covered[last] && tokens.joined(last - 1); last++) {
                        if (text.substring(start, tokens.end(last)).replaceAll("\\s+", " ").equals(name)) {
                            return Optional.of(new Recurrence(name, last));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private java.util.Set<String> lowerCaseWords;

        /** Whether the document also uses this capitalised word in lower case, as an ordinary word. */
        private boolean usedAsCommonWord(String word) {
            if (lowerCaseWords == null) {
                lowerCaseWords = new java.util.HashSet<>();
                for (int t = 0; t < tokens.size(); t++) {
                    String w = tokens.surface(t);
                    if (tokens.isWord(t) && !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                        lowerCaseWords.add(w);
                    }
                }
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            return !lower.equals(word) && lowerCaseWords.contains(lower);
        }

        /**
         * In remarks people call each other by first name ("Mark has done good work"): the one person
         * of the document whose full name starts with that word, if there is exactly one.
         */
        private Optional<String> byGivenName(String word) {
            String found = null;
            for (Mention m : mentions) {
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

        private void sighted(String surnameKey, String actor, int offset) {
            bySurname.computeIfAbsent(surnameKey, k -> new ArrayList<>()).add(new Sighting(actor, offset));
        }

        /**
         * A known person's surname ("Biden") in a document that also names that person in full stands
         * for them, even when a namesake the gazetteer does not know ("Jill Biden") was named nearer;
         * else {@code nearest}.
         */
        private String famousFirst(AliasTrie.Hit hit, String key, String nearest) {
            if (hit == null) {
                return nearest;
            }
            List<ActorEntry> people = gazetteer.shortCandidates(hit.candidate().alias().text()).stream()
                    .map(AliasTrie.Candidate::entry).distinct().toList();
            if (people.size() != 1) {
                return nearest;
            }
            String famous = people.get(0).canonical();
            boolean named = bySurname.get(key).stream().anyMatch(s -> s.actor().equals(famous));
            return named ? famous : nearest;
        }

        /**
         * An acronym the model found that spells the initials of an organisation the document names
         * in full ("KVDG" after "Kestrel Valley Defense Group") is that organisation.
         */
        void linkAcronyms() {
            java.util.Map<String, String> byInitials = new java.util.HashMap<>();
            for (Mention m : mentions) {
                if (m.type() == ActorType.ORGANIZATION && m.actor().contains(" ")) {
                    byInitials.putIfAbsent(initials(m.actor()), m.actor());
                }
            }
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                String full = byInitials.get(m.actor());
                if (full != null && m.source() == MentionSource.MODEL && m.actor().length() >= 2
                        && m.actor().chars().allMatch(Character::isUpperCase)) {
                    mentions.set(k, new Mention(m.span(), m.text(), full, ActorType.ORGANIZATION, m.source(),
                            m.confidence()));
                }
            }
        }

        /** "KVDG" for "Kestrel Valley Defense Group"; small words do not count. */
        private static String initials(String name) {
            StringBuilder sb = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    sb.append(w.charAt(0));
                }
            }
            return sb.toString();
        }

        /** The full name nearest before the short form, else the nearest after it (headlines come first). */
        private Optional<Sighting> nearest(List<Sighting> sightings, int offset) {
            if (sightings == null) {
                return Optional.empty();
            }
            Sighting before = null;
            Sighting after = null;
            for (Sighting s : sightings) {
                if (s.offset() < offset && (before == null || s.offset() > before.offset())) {
                    before = s;
                } else if (s.offset() > offset && (after == null || s.offset() < after.offset())) {
                    after = s;
                }
            }
            return Optional.ofNullable(before != null ? before : after);
        }

        /** "Hunter Biden", "Trump Tower": a capitalised name word next to the surname makes it another name. */
        private boolean partOfLongerName(int first, int last) {
            if (titleCase(first)) {
                return false;
            }
            int prev = first - 1;
            if (prev >= 0 && !covered[prev] && tokens.isWord(prev) && tokens.isCapitalised(prev) && tokens.joined(prev)
                    && tokens.end(prev) < tokens.start(first) && !titled(first)
                    && !NameWords.FUNCTION_WORDS.contains(tokens.surface(prev))) {
                return true;
            }
            int next = last + 1;
            return next < tokens.size() && !covered[next] && tokens.isWord(next) && tokens.isCapitalised(next)
                    && tokens.joined(last) && tokens.end(last) < tokens.start(next)
                    && !NameWords.FUNCTION_WORDS.contains(tokens.surface(next))
                    && !CaseRules.shouted(tokens, first, last);
        }

        /** True when most words around token {@code i} on its line are capitalised (a headline in title case). */
        private boolean titleCase(int i) {
            int words = 0;
            int capitalised = 0;
            for (int t = i - 1; t >= 0 && t >= i - 8 && tokens.joined(t) && !text.substring(tokens.end(t), tokens.start(t + 1)).contains("\n"); t--) {
                if (tokens.isWord(t) && Character.isLetter(text.charAt(tokens.start(t)))) {
                    words++;
                    capitalised += tokens.isCapitalised(t) ? 1 : 0;
                }
            }
            for (int t = i + 1; t < tokens.size() && t <= i + 8 && tokens.joined(t - 1) && !text.substring(tokens.end(t - 1), tokens.start(t)).contains("\n"); t++) {
                if (tokens.isWord(t) && Character.isLetter(text.charAt(tokens.start(t)))) {
                    words++;
                    capitalised += tokens.isCapitalised(t) ? 1 : 0;
                }
            }
            return words >= 3 && capitalised >= 0.7 * words;
        }

        /** True when the word before token {@code i} (skipping an abbreviation's dot) is a title. */
        private boolean titled(int i) {
            int p = i - 1;
            if (p >= 0 && ".".equals(tokens.surface(p))) {
                p--;
            }
            return p >= 0 && tokens.isWord(p) && NameWords.TITLES.contains(tokens.surface(p));
        }

        private int[] tokenRange(TextSpan span) {
            if (span.end() > text.length() || span.length() == 0) {
                return null;
            }
            int a = tokens.indexAtOrAfter(span.start());
            int b = a - 1;
            while (b + 1 < tokens.size() && tokens.end(b + 1) <= span.end()) {
                b++;
            }
            return a <= b ? new int[] {a, b} : null;
        }

        /**
         * "NATO" + "Response Force", "Russian" + "Defense Ministry": an
         * organisation the model names whose first words the gazetteer already read as one actor, and
         * whose rest is two words or more ending in a word like "Committee", keeps its whole name (the
         * actor inside it counts too); else the free run.
         */
        private int[] withNamedPrefix(int[] whole, int[] free) {
            if (free[0] <= whole[0] || free[1] != whole[1] || free[1] - free[0] < 1
                    || !NameWords.ORGANISATION_HEADS.contains(tokens.surface(free[1]))) {
                return free;
            }
            int start = tokens.start(whole[0]);
            int end = tokens.end(free[0] - 1);
            boolean onePrefix = mentions.stream().anyMatch(m -> m.span().start() == start && m.span().end() == end
                    && m.source() == MentionSource.GAZETTEER);
            return onePrefix ? whole : free;
        }

        /** The longest run of tokens in {@code a..b} that no earlier mention covers. */
        private int[] longestFreeRun(int a, int b) {
            int[] best = null;
            int runStart = -1;
            for (int t = a; t <= b + 1; t++) {
                boolean free = t <= b && !covered[t];
                if (free && runStart < 0) {
                    runStart = t;
                } else if (!free && runStart >= 0) {
                    if (best == null || t - runStart > best[1] - best[0] + 1) {
                        best = new int[] {runStart, t - 1};
                    }
                    runStart = -1;
                }
            }
            return best;
        }

        /**
         * "Lena K." + "Osterholm": a person's name that stops at a middle initial and its dot goes on to
         * the capitalised word right after it (the name finder often stops there, taking the dot for a
         * sentence end); the last token of the name.
         */
        private int throughMiddleInitial(int a, int b) {
            int initial = ".".equals(tokens.surface(b)) ? b - 1 : b;
            int dot = initial + 1;
            int next = dot + 1;
            String s = tokens.surface(initial);
            boolean isInitial = initial > a && s.length() == 1 && Character.isUpperCase(s.charAt(0));
            if (!isInitial || next >= tokens.size() || !".".equals(tokens.surface(dot))
                    || tokens.start(dot) != tokens.end(initial) || covered[next] || !tokens.isWord(next)
                    || !tokens.isCapitalised(next) || tokens.surface(next).length() < 2
                    || text.substring(tokens.end(dot), tokens.start(next)).chars().anyMatch(c -> c != ' ')
                    || NameWords.FUNCTION_WORDS.contains(tokens.surface(next))) {
                return b;
            }
            return next;
        }

        /**
         * "Rivo" + "-PL": a name that stops at a hyphen joining it to a capitalised word goes on to that
         * word (the tokenizer splits at hyphens); the last token of the name.
         */
        private int throughHyphen(int b) {
            int hyphen = b + 1;
            int next = b + 2;
            if (next < tokens.size() && "-".equals(tokens.surface(hyphen)) && tokens.start(hyphen) == tokens.end(b)
                    && tokens.start(next) == tokens.end(hyphen) && !covered[next] && tokens.isWord(next)
                    && Character.isUpperCase(text.charAt(tokens.start(next)))) {
                return throughHyphen(next);
            }
            return b;
        }

        private boolean followedBy(int t, java.util.Set<String> words) {
            return t + 1 < tokens.size() && tokens.joined(t) && words.contains(tokens.surface(t + 1));
        }

        private boolean nextIsNumber(int t) {
            return t + 1 < tokens.size() && tokens.joined(t) && tokens.surface(t + 1).chars().allMatch(Character::isDigit);
        }

        /** Drops leading "the", titles and punctuation, and a trailing possessive or punctuation. */
        private int[] trim(int a, int b, boolean person) {
            while (a <= b) {
                String s = tokens.surface(a);
                boolean drop = !tokens.isWord(a) || s.equalsIgnoreCase("the")
                        || person && (NameWords.TITLES.contains(s) || NameWords.FUNCTION_WORDS.contains(s));
                if (!drop) {
                    break;
                }
                a++;
            }
            while (b >= a) {
                String s = tokens.surface(b);
                boolean possessive = (s.equals("s") || s.equals("S")) && b - 1 >= a
                        && "'’".contains(tokens.surface(b - 1));
                if (possessive) {
                    b -= 2;
                } else if (!tokens.isWord(b) && !s.equals(".")) {
                    b--;
                } else if (s.equals(".") && (b - 1 < a || tokens.surface(b - 1).length() > 2)) {
                    b--;
                } else if (person && b > a && (NameWords.FUNCTION_WORDS.contains(s)
                        || titleCase(b) && usedAsCommonWord(s))) {
                    b--; // a headline's verb or noun after the name: "Putin Says", "Biden Warns"
                } else {
                    break;
                }
            }
            return a <= b ? new int[] {a, b} : null;
        }

        private static final String QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e";

        private boolean looksLikeName(int a, int b) {
            if (b - a + 1 > MAX_NAME_TOKENS || !tokens.isWord(a) || !tokens.isCapitalised(a)) {
                return false;
            }
            for (int t = a; t < b; t++) {
                if (!tokens.joined(t)) {
                    return false;
                }
            }
            boolean anyName = false;
            for (int t = a; t <= b; t++) {
                String s = tokens.surface(t);
                if (tokens.isWord(t) && Character.isUpperCase(s.charAt(0)) && s.length() > 1
                        && !NameWords.neverAName(s) && !s.chars().allMatch(Character::isDigit)) {
                    anyName = true;
                }
                if (s.equals("@") || s.equals("/") || s.equals("=") || QUOTE_MARKS.indexOf(s.charAt(0)) >= 0) {
                    return false; // a quotation mark inside means the span crosses into or out of a quote
                }
            }
            return anyName;
        }

        private boolean free(int a, int b) {
            for (int t = a; t <= b; t++) {
                if (covered[t]) {
                    return false;
                }
            }
            return true;
        }

        private void cover(int a, int b) {
            for (int t = a; t <= b; t++) {
                covered[t] = true;
            }
        }

        private String keyOf(int a, int b) {
            StringBuilder sb = new StringBuilder();
            for (int t = a; t <= b; t++) {
                if (t > a) {
                    sb.append(' ');
                }
                sb.append(tokens.key(t));
            }
            return sb.toString();
        }

        private void add(int a, int b, String actor, ActorType type, MentionSource source, double confidence) {
            TextSpan span = new TextSpan(tokens.start(a), tokens.end(b));
            mentions.add(new Mention(span, span.of(text), actor, type, source, confidence));
        }
    }

    private static double confidence(Alias alias) {
        return switch (alias.kind()) {
            case NAME -> GAZETTEER_NAME;
            case ACRONYM -> alias.notInCapitals() ? GAZETTEER_ACRONYM - 0.05 : GAZETTEER_ACRONYM;
            case DEMONYM -> GAZETTEER_DEMONYM;
            case SHORT -> KNOWN_SURNAME;
        };
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sents = sentences == null ? List.of() : sentences;
        Pass pass = new Pass(text, sents);
        pass.gazetteer();
        if (tagger.isPresent()) {
            pass.model(tagger.get().tag(text, pass.sentencesWithUnknownNames(sents)));
        }
        pass.shortForms();
        pass.surnamesTypedAsOthers();
        pass.linkAcronyms();
        return pass.mentions.stream().sorted().toList();
    }
}
