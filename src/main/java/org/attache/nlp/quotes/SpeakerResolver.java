package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private record Said(Speaker speaker, int at) {
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "department", "ministry", "office", "agency", "council", "union", "organization", "organisation",
            "committee", "party", "house", "times", "news", "post", "press", "reuters", "service", "services",
            "command", "forces", "force", "army", "navy", "government", "administration", "alliance", "nations",
            "states", "kingdom", "republic", "federation", "commission", "parliament", "congress", "senate",
            "pentagon", "kremlin", "nato", "bank", "group", "institute", "centre", "center", "university");

    private final String text;
    private final List<Mention> mentions;
    private final NameMemory memory;
    private final IntFunction<Speaker> turnSpeaker;
    private final List<Said> history = new ArrayList<>();

    SpeakerResolver(String text, List<Mention> mentions, NameMemory memory, IntFunction<Speaker> turnSpeaker) {
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.memory = memory;
        this.turnSpeaker = turnSpeaker;
    }

    Speaker resolve(SpeakerPhrase p, int at) {
        Speaker s = switch (p.kind()) {
            case NAME -> name(p.name(), p.nameSpan(), p.role(), at);
            case PRONOUN -> pronoun(p.text(), at);
            case ANAPHOR -> anaphor(p, at);
            case DESCRIPTION -> description(p);
        };
        return s.withRole(p.role());
    }

    /** Records a speaker so later pronouns can point back to it. */
    void remember(Speaker s, int at) {
        if (s.known()) {
            history.add(new Said(s, at));
        }
    }

    /** The last speaker before {@code at}, for quotations that continue an earlier one. */
    Speaker lastSpeaker(int at) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).at() <= at) {
                return history.get(i).speaker();
            }
        }
        return Speaker.UNKNOWN;
    }

    /** A speaker given by name: linked to its actor, a surname completed to the full name. */
    Speaker name(String name, TextSpan span, String role, int at) {
        Mention m = span == null ? null : overlapping(span, true);
        String surname = NameMemory.lastWord(name);
        if (m != null && m.type() == ActorType.PERSON) {
            boolean same = NameMemory.lastWord(m.actor()).equals(surname) || !name.contains(" ");
            return new Speaker(same ? m.actor() : name, m.actor(), role, true, false);
        }
        if (m != null) {
            return new Speaker(name, m.actor(), role, false, true);
        }
        boolean single = name.strip().split("\\s+").length == 1;
        if (single) {
            for (int i = history.size() - 1; i >= 0; i--) {
                Speaker s = history.get(i).speaker();
                if (s.person() && NameMemory.lastWord(s.name()).equals(surname) && s.name().contains(" ")) {
                    return new Speaker(s.name(), s.actor(), role, true, false);
                }
            }
            NameMemory.Named full = memory.fullName(name, at);
            if (full != null) {
                return new Speaker(full.name(), full.actor(), role, true, false);
            }
        }
        boolean organisation = isOrganisation(name);
        boolean person = !organisation && (!single || !role.isEmpty());
        return new Speaker(name, "", role, person, organisation);
    }

    private Speaker pronoun(String pronoun, int at) {
        switch (pronoun) {
            case "i", "we" -> {
                return turnSpeaker.apply(at);
            }
            case "he", "she" -> {
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (history.get(i).speaker().person()) {
                        return history.get(i).speaker();
                    }
                }
                NameMemory.Named last = memory.lastBefore(at);
                if (last != null) {
                    return name(last.name(), null, "", at);
                }
                return Speaker.UNKNOWN;
            }
            default -> {
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (history.get(i).speaker().group()) {
                        return history.get(i).speaker();
                    }
                }
                return Speaker.UNKNOWN;
            }
        }
    }

    private Speaker anaphor(SpeakerPhrase p, int at) {
        String head = NameMemory.lastWord(p.text());
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i).speaker();
            if (s.role().toLowerCase(Locale.ROOT).contains(head) || s.name().toLowerCase(Locale.ROOT).contains(head)) {
                return new Speaker(s.name(), s.actor(), "", s.person(), s.group());
            }
        }
        // "the president" after "President Obama" earlier in the text
        Matcher m = Pattern.compile("(?i:\\b" + Pattern.quote(head) + ")\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)")
                .matcher(text);
        String found = null;
        int foundAt = -1;
        while (m.find() && m.start() < at) {
            found = m.group(1);
            foundAt = m.start(1);
        }
        if (found != null) {
            return name(found, new TextSpan(foundAt, foundAt + found.length()), "", at);
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).speaker().person() && !head.endsWith("s")) {
                return history.get(i).speaker();
            }
        }
        NameMemory.Named last = memory.lastBefore(at);
        if (last != null && !head.endsWith("s")) {
            return name(last.name(), null, "", at);
        }
        return description(p);
    }

    private Speaker description(SpeakerPhrase p) {
        Mention m = overlapping(p.span(), false);
        String head = NameMemory.lastWord(p.text());
        boolean plural = head.endsWith("s") && !head.endsWith("ss");
        boolean organisation = m != null && m.type() != ActorType.PERSON && !plural && p.text().split("\\s+").length == 1;
        return new Speaker(p.text(), m == null ? "" : m.actor(), "", !plural && !organisation,
                plural || organisation || ORGANISATION_WORDS.contains(head));
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

    private static boolean isOrganisation(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return true;
            }
        }
        return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
