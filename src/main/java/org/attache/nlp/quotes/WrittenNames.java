package org.attache.nlp.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * How a speaker's name is written in one document: the title before it, whether the text writes a person
 * by a fuller form than the actor's name ("De Blasio"), whether a name-finder mention runs past the name.
 * One instance per document.
 */
final class WrittenNames {

    private final String text;
    /** The text in lower case, made the first time a written name is checked against it. */
    private String lowerText;

    WrittenNames(String text) {
        this.text = text;
    }

    /** A mention running on past the phrase's name to words that are not that name ("Ames Sees Gains"). */
    static boolean runsPast(Mention m, TextSpan span, String surname) {
        return m.span().end() > span.end() && !NameMemory.lastWord(m.actor()).equals(surname);
    }

    /**
     * Whether the name as written holds the actor's name and more ("de Blasio" for the actor "Blasio"): the
     * speaker is printed as the text writes that person, not cut to a shorter form of the name.
     */
    boolean fuller(String name, String actor) {
        String written = name.strip().toLowerCase(Locale.ROOT);
        String known = actor.strip().toLowerCase(Locale.ROOT);
        if (written.length() <= known.length() || !written.endsWith(" " + known) || written.matches(".*['’]s .*")
                || SpeakerKinds.hasPersonTitle(written.split(" ")[0])) {
            return false;
        }
        // written so at least twice: the document's form of the name, not a one-off label ("Rival Ann Ames")
        if (lowerText == null) {
            lowerText = text.toLowerCase(Locale.ROOT); // once per document, only when a name is fuller
        }
        String lower = lowerText;
        int first = lower.indexOf(written);
        return first >= 0 && lower.indexOf(written, first + written.length()) >= 0;
    }

    /** "he" after "Mr.", "she" after "Mrs.", "Ms." or "Miss" written just before {@code start}; else "". */
    String genderTitle(int start) {
        Matcher m = GENDER_TITLE.matcher(text.substring(Math.max(0, start - 6), start));
        return !m.find() ? "" : m.group(1).equals("Mr") ? "he" : "she";
    }
    private static final Pattern GENDER_TITLE = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+$");

    /** Whether the phrase carries a title only people have ("Mr. Obama", "Prime Minister Kallas"). */
    static boolean titled(SpeakerPhrase p) {
        return SpeakerKinds.hasPersonTitle(p.role()) || SpeakerKinds.hasPersonTitle(p.text().split("\\s+")[0]);
    }
}
