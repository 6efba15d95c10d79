package org.attache.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command is called, says about itself and accepts. Every command also takes the standard
 * options {@link #DEBUG}, {@link #HELP} and {@link #VERSION}; help is written from this record.
 *
 * @param name        the command's name ({@code run}), or the program's for the top level
 * @param description paragraphs of help; a paragraph that starts with spaces is shown as it is
 * @param parameters  the positional arguments
 * @param options     the command's own options, in the order help lists them
 */
public record CommandSpec(String name, List<String> description, Parameters parameters, List<Option> options) {

    public static final Option DEBUG =
            Option.flag("--debug", "Show stack traces of internal errors (or set ATTACHE_DEBUG=1).");
    public static final Option HELP = new Option(List.of("-h", "--help"), Option.Kind.FLAG, "", null, false, false,
            "Show this help message and exit.");
    public static final Option VERSION = new Option(List.of("-V", "--version"), Option.Kind.FLAG, "", null, false,
            false, "Print version information and exit.");

    public CommandSpec {
        description = List.copyOf(description);
        List<Option> all = new ArrayList<>(options);
        all.addAll(List.of(DEBUG, HELP, VERSION));
        options = List.copyOf(all);
        Map<String, Option> seen = new LinkedHashMap<>();
        for (Option o : options) {
            for (String n : o.names()) {
                if (seen.put(n, o) != null) {
                    throw new IllegalArgumentException("option " + n + " declared twice in " + name);
                }
            }
        }
    }

    /** The option called {@code name}, or null. */
    public Option option(String name) {
        for (Option o : options) {
            if (o.names().contains(name)) {
                return o;
            }
        }
        return null;
    }

    /** Every name of every option, for suggestions. */
    public List<String> optionNames() {
        return options.stream().flatMap(o -> o.names().stream()).toList();
    }
}
