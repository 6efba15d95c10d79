package org.attache.nlp.ner;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Exact-match span counts per entity type, with precision, recall and F1; "ALL" is the micro average. */
public record NerScores(Map<String, Counts> byType) {

    public static final String ALL = "ALL";

    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 0 : (double) truePositives / found;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    public NerScores {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    public Counts overall() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** A plain-text table: type, gold count, P, R, F1 (the types sorted, then ALL). */
    public String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s%n", title, "gold", "P", "R", "F1"));
        byType.forEach((type, c) -> row(sb, type, c));
        row(sb, ALL, overall());
        return sb.toString();
    }

    /** The same table as Markdown rows: | split | type | gold | P | R | F1 |. */
    public String markdownRows(String split) {
        StringBuilder sb = new StringBuilder();
        byType.forEach((type, c) -> mdRow(sb, split, type, c));
        mdRow(sb, split, ALL, overall());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String type, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-14s %6d %6.3f %6.3f %6.3f%n", type, c.gold(), c.precision(),
                c.recall(), c.f1()));
    }

    private static void mdRow(StringBuilder sb, String split, String type, Counts c) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f |%n", split, type, c.gold(),
                c.precision(), c.recall(), c.f1()));
    }
}
