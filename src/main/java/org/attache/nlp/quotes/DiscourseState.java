package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who has spoken so far in one document, in reading order: the memory pronouns, definite descriptions
 * and quotations without a cue of their own are resolved against ("he said" → the last man who spoke,
 * "the senator" → the last speaker with that role, "it said" → the last organisation). One instance
 * per document, filled as quotations are resolved; not thread-safe.
 */
final class DiscourseState {

    /** A speaker and where their quotation starts. */
    record Said(Speaker speaker, int at) {
    }

    private final List<Said> history = new ArrayList<>();

    /** Records a speaker so later pronouns and descriptions can point back to it. */
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

    /** The last person who spoke, or null. */
    Speaker lastPerson() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).speaker().person()) {
                return history.get(i).speaker();
            }
        }
        return null;
    }

    /** The last group or organisation that spoke, or null. */
    Said lastGroup() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).speaker().group()) {
                return history.get(i);
            }
        }
        return null;
    }

    /**
     * The last person "he" or "she" may point to: the last speaker the text shows to be of that gender if
     * they spoke within {@code reach} characters of {@code at}, else the last speaker not shown to be of the
     * other gender; or null.
     */
    Said lastOfGender(Genders genders, String pronoun, int at, int reach) {
        return lastOfGender(genders, pronoun, at, reach, null);
    }

    /**
     * {@link #lastOfGender(Genders, String, int, int)} with {@code reported} (or null), a person the narration
     * gives a verb of saying to without quoting them ("…, noted Acme's Jo Kent."), read as the newest speaker
     * when named after the last quotation began: the pronoun that follows most often points to them.
     */
    Said lastOfGender(Genders genders, String pronoun, int at, int reach, Said reported) {
        Said fits = null;
        boolean newest = reported != null && (history.isEmpty() || history.get(history.size() - 1).at() < reported.at());
        for (int i = newest ? history.size() : history.size() - 1; i >= 0; i--) {
            Said said = i == history.size() ? reported : history.get(i);
            Speaker s = said.speaker();
            if (!s.person() || !genders.fits(s.name(), pronoun)) {
                continue;
            }
            fits = fits == null ? said : fits;
            if (genders.of(s.name()) != Genders.Gender.UNKNOWN) {
                return at - said.at() < reach ? said : fits;
            }
        }
        return fits;
    }

    /** The last person who spoke under a full name ending in {@code surname} ("Stoltenberg" → Jens Stoltenberg). */
    Speaker fullNameOf(String surname) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i).speaker();
            if (s.person() && NameMemory.lastWord(s.name()).equals(surname) && s.name().contains(" ")) {
                return s;
            }
        }
        return null;
    }

    /**
     * The last speaker whose role ends in {@code head} or whose name holds it as a word ("the general" after
     * General Ayla Demir spoke); a deputy's role ("vice president") does not answer to a description
     * without the qualifier ({@code phrase}: "the president").
     */
    Speaker describedBy(String head, String phrase) {
        String described = phrase.toLowerCase(Locale.ROOT);
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i).speaker();
            String role = s.role().toLowerCase(Locale.ROOT).strip();
            boolean byRole = role.equals(head) || role.endsWith(" " + head);
            boolean byName = (" " + s.name().toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ");
            if (byRole && isDeputy(role) && !isDeputy(described)) {
                continue;
            }
            if (byRole || byName) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code phrase} holds a qualifier that makes a role another office: "vice president", "deputy minister". */
    static boolean isDeputy(String phrase) {
        return DEPUTY.matcher(phrase.toLowerCase(Locale.ROOT)).find();
    }

    /** A qualifier that makes a role another office. */
    private static final Pattern DEPUTY = Pattern.compile(
            "\\b(?:vice|deputy|assistant|under|lieutenant)[\\s-]");
}
