package org.attache.nlp.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * A group named after a person: "Scott's family called on police …", "Ames supporters chanted …". The cue
 * parser stops at the name, but the speakers are the people around that person, printed as the text writes
 * them, not the person.
 */
final class NamedGroup {

    /** A possessive or nothing, then a plural word for the people around a person (or "family"). */
    private static final Pattern AFTER = Pattern.compile("^(['\u2019]s?)?\\s+(family|relatives|parents|children"
            + "|supporters|backers|allies|friends|lawyers|attorneys|aides|loyalists|fans)\\b");

    private NamedGroup() {
    }

    /**
     * The group named after a person that a quotation's own sentence opens with ("Scott's relatives, with their
     * lawyers, watched the tape and said they had found \u2026"), from the people named before the quotation,
     * nearest last; or null when another person is named in that sentence first.
     */
    static Speaker opening(String text, List<SpeakerCandidates.Candidate> before) {
        for (SpeakerCandidates.Candidate c : before) {
            if (c.sentencesBack() == 0) {
                return c.possessive() ? after(text, c.mention().span()) : null;
            }
        }
        return null;
    }

    /** The group the name at {@code nameSpan} opens, as written ("Scott's family"); or null when none follows. */
    static Speaker after(String text, TextSpan nameSpan) {
        if (nameSpan == null) {
            return null;
        }
        int from = nameSpan.end();
        String written = nameSpan.of(text);
        if (written.endsWith("'s") || written.endsWith("\u2019s")) {
            from -= 2; // the parser took the possessive with the name
        }
        Matcher m = AFTER.matcher(text.substring(from, Math.min(text.length(), from + 30)));
        if (!m.find()) {
            return null;
        }
        String group = text.substring(nameSpan.start(), from + m.end()).replaceAll("\\s+", " ");
        return new Speaker(group, "", "", false, true);
    }
}
