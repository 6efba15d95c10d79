package org.attache.nlp.quotes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * The name a person's description stands for, found where the text wrote the title before the name: "the
 * president" after "President Obama", "the congressman" after "Rep. Ferreira".
 */
final class TitledNames {

    private TitledNames() {
    }

    /** The titles written before the names of the people a description's head word names. */
    private static final Map<String, String> TITLE_FORMS = Map.of(
            "congressman", "Rep|Representative|Congressman",
            "congresswoman", "Rep|Representative|Congresswoman",
            "lawmaker", "Rep|Representative|Congressman|Congresswoman|Sen|Senator",
            "senator", "Sen|Senator",
            "general", "Gen|General",
            "governor", "Gov|Governor",
            "ambassador", "Amb|Ambassador",
            "admiral", "Adm|Admiral",
            "colonel", "Col|Colonel");

    /**
     * Where the last name written after a title {@code head} stands for begins before {@code at}, or null; a
     * deputy's title ("Vice President Tomas Berg") answers only a description that says so ({@code phrase}).
     */
    static TextSpan lastBefore(String text, String head, String phrase, int at) {
        String titles = TITLE_FORMS.containsKey(head) ? "\\b(?:" + TITLE_FORMS.get(head) + ")\\.?"
                : "(?i:\\b" + Pattern.quote(head) + ")";
        Matcher m = Pattern.compile(titles + "\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)")
                .matcher(text);
        TextSpan found = null;
        boolean deputy = DiscourseState.isDeputy(phrase);
        while (m.find() && m.start() < at) {
            if (deputy || !DiscourseState.isDeputy(text.substring(Math.max(0, m.start() - 12), m.end()))) {
                found = new TextSpan(m.start(1), m.end(1)); // "the president" is not the vice president named before
            }
        }
        return found;
    }
}
