package org.attache.nlp.maxent;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Version;

/**
 * Whether the fast copies of OpenNLP code (this package, the tokenizer, sentence detector and name
 * search) may stand in for OpenNLP with a given model. They reproduce one OpenNLP release bit for bit;
 * under any other release, or with a model whose internals are not laid out as that release lays them
 * out, the caller uses plain OpenNLP ({@code TokenizerME}, {@code SentenceDetectorME},
 * {@code NameFinderME}) and one line on standard error says so, once per tool and reason.
 * Thread-safe.
 */
public final class OpenNlpFence {

    /** The OpenNLP release whose arithmetic, features and model layout the copies reproduce (pom.xml pins it). */
    public static final String REPRODUCED_RELEASE = "2.5.11";

    private static final Set<String> NOTICED = ConcurrentHashMap.newKeySet();

    /** A GIS model's feature table and outcome names, checked by type and shape rather than trusted by position. */
    public record GisLayout(GISModel model, Map<String, Context> predicates, String[] outcomes) {
    }

    private OpenNlpFence() {
    }

    /** Whether the OpenNLP on the class path is the release the copies reproduce. */
    public static boolean releaseMatches() {
        return runningRelease().equals(REPRODUCED_RELEASE);
    }

    /** OpenNLP's release as it reports it, without a snapshot suffix. */
    static String runningRelease() {
        Version v = Version.currentVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getRevision();
    }

    /**
     * The layout of {@code model} when the copies may read it: the reproduced OpenNLP release, a
     * {@link GISModel} whose data structures are {@code [parameters, Map<String, Context>, String[]]}
     * with the outcomes the model names. Otherwise empty, with a notice naming {@code tool}.
     */
    @SuppressWarnings("unchecked")
    public static Optional<GisLayout> layout(Object model, String tool) {
        if (!releaseMatches()) {
            return refuse(tool, "OpenNLP " + runningRelease() + " where the copies reproduce " + REPRODUCED_RELEASE);
        }
        if (!(model instanceof GISModel gis)) {
            return refuse(tool, "a " + (model == null ? "missing" : model.getClass().getSimpleName()) + " model, not GIS");
        }
        Object[] parts = gis.getDataStructures();
        if (parts == null || parts.length < 3 || !(parts[1] instanceof Map<?, ?> map) || !(parts[2] instanceof String[] names)
                || names.length != gis.getNumOutcomes()) {
            return refuse(tool, "a GIS model laid out otherwise than OpenNLP " + REPRODUCED_RELEASE + " lays it out");
        }
        for (int o = 0; o < names.length; o++) {
            if (!names[o].equals(gis.getOutcome(o))) {
                return refuse(tool, "outcome names out of the model's order");
            }
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String) || !(e.getValue() instanceof Context)) {
                return refuse(tool, "a feature table of other types than String to Context");
            }
        }
        return Optional.of(new GisLayout(gis, (Map<String, Context>) map, names.clone()));
    }

    /** Says once, in one line, that {@code tool} runs on plain OpenNLP and why. */
    public static void notice(String tool, String why) {
        if (NOTICED.add(tool + '\n' + why)) {
            System.err.println("attache: " + tool + ": using plain OpenNLP (" + why + ")");
        }
    }

    private static <T> Optional<T> refuse(String tool, String why) {
        notice(tool, why);
        return Optional.empty();
    }
}
