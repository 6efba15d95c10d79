package org.attache.cli;

import java.util.Collection;
import java.util.List;

/** Names close to a mistyped one: one or two letters wrong, missing, extra or swapped. */
final class Suggestions {

    private Suggestions() {
    }

    /** " (did you mean search?)", or nothing when no known name is close. */
    static String didYouMean(String typed, Collection<String> known) {
        List<String> close = similar(typed, known);
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    /** The known names within an edit distance of a third of the typed name's length (at least 1). */
    static List<String> similar(String typed, Collection<String> known) {
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        int allowed = Math.max(1, name.replace("-", "").length() / 3);
        return known.stream().filter(k -> !k.equals(name) && distance(name, k) <= allowed).toList();
    }

    /** Edits (insert, delete, replace, swap neighbours) from a to b: optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
