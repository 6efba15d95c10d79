package org.attache.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into pieces, some marked: the template writes each piece escaped, inside {@code <mark>}
 * when marked. Used for snippets, whose matches the index marks with {@code **}.
 */
public record Marked(String text, boolean mark) {

    static List<Marked> snippet(String s) {
        List<Marked> out = new ArrayList<>();
        String[] parts = s.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                out.add(new Marked(parts[i], i % 2 == 1));
            }
        }
        return out;
    }
}
