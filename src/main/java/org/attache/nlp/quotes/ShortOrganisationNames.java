package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * An organisation the text names in full and then by its last word ("Tampa Bay Times" … "the Times said",
 * "The Washington Post" … "the Post reported"): the short form is the full name written before it, as a
 * surname is the full name of the person. One instance per document.
 */
final class ShortOrganisationNames {

    private final List<Mention> organisations;

    ShortOrganisationNames(List<Mention> mentions) {
        this.organisations = mentions.stream().filter(m -> m.type() == ActorType.ORGANIZATION).sorted().toList();
    }

    /**
     * The last organisation named before {@code at} in two or more words whose last word is {@code written}
     * (one word, after an article), or null.
     */
    Mention fuller(String written, int at) {
        String word = written.strip().replaceFirst("^(?i:the)\\s+", "");
        if (word.isEmpty() || word.contains(" ") || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String ending = " " + word.toLowerCase(Locale.ROOT);
        Mention found = null;
        for (Mention m : organisations) {
            if (m.span().start() >= at) {
                break;
            }
            String name = m.text().strip().replaceFirst("^(?i:the)\\s+", "").toLowerCase(Locale.ROOT);
            if (name.endsWith(ending) && name.length() > ending.length()) {
                found = m;
            }
        }
        return found;
    }
}
