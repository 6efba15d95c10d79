package org.attache.cli.args;

/**
 * The positional arguments of a command: their label in help ({@code QUERY}), how many are needed
 * and allowed, and their help text.
 */
public record Parameters(String label, int min, int max, String description) {

    /** A command that takes none. */
    public static final Parameters NONE = new Parameters("", 0, 0, "");

    public Parameters {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad arity " + min + ".." + max + " of " + label);
        }
    }

    /** Any number, at least {@code min}. */
    public static Parameters many(String label, int min, String description) {
        return new Parameters(label, min, Integer.MAX_VALUE, description);
    }

    /** Exactly one. */
    public static Parameters one(String label, String description) {
        return new Parameters(label, 1, 1, description);
    }

    /** How help shows them: {@code FILE}, {@code QUERY...} or {@code [INPUT...]}. */
    public String synopsis() {
        String s = label + (max > 1 ? "..." : "");
        return min == 0 ? "[" + s + "]" : s;
    }
}
