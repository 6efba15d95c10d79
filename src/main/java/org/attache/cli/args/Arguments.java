package org.attache.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one command, parsed against its {@link CommandSpec}: options as
 * {@code --name value} or {@code --name=value}, flags, positional parameters, and {@code --} after
 * which everything is a parameter. Every value is checked against its option's kind while parsing,
 * so a command reads typed values that cannot fail.
 */
public final class Arguments {

    private final CommandSpec spec;
    private final Map<Option, List<String>> values;
    private final List<String> parameters;

    private Arguments(CommandSpec spec, Map<Option, List<String>> values, List<String> parameters) {
        this.spec = spec;
        this.values = values;
        this.parameters = List.copyOf(parameters);
    }

    /**
     * Parses {@code args} for {@code spec}.
     *
     * @throws UsageException naming the first argument that does not fit: an unknown option (with
     *                        the names it may have meant), a missing or malformed value, a missing
     *                        required option, too few or too many parameters
     */
    public static Arguments parse(CommandSpec spec, List<String> args) {
        // by identity: a record's equals and hashCode are bootstrapped through method handles, 30 ms at start-up
        Map<Option, List<String>> values = new IdentityHashMap<>();
        List<String> parameters = new ArrayList<>();
        boolean onlyParameters = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyParameters || !isOptionLike(arg)) {
                parameters.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyParameters = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option option = spec.option(name);
            if (option == null) {
                throw UsageException.unknownOption(arg, spec.optionNames());
            }
            String value;
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageException("Option '" + name + "' takes no value, got '" + arg + "'");
                }
                value = "";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !isOptionName(spec, args.get(i + 1))) {
                value = args.get(++i);
            } else {
                throw new UsageException("Missing required parameter for option '" + name + "' (" + option.label() + ")");
            }
            check(option, value);
            List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException("Option '" + name + "' should be specified only once");
            }
            given.add(value);
        }
        Arguments parsed = new Arguments(spec, values, parameters);
        if (!parsed.flag(CommandSpec.HELP) && !parsed.flag(CommandSpec.VERSION)) {
            parsed.checkComplete();
        }
        return parsed;
    }

    /** Whether the flag was given (or, for an option with a value, whether the option was). */
    public boolean flag(Option option) {
        return values.containsKey(known(option));
    }

    /** The option's value, its default when absent, or null when it has none. */
    public String text(Option option) {
        List<String> given = values.get(known(option));
        return given == null ? option.defaultValue() : given.get(given.size() - 1);
    }

    /** Every value given to a repeatable option, in order; empty when absent. */
    public List<String> texts(Option option) {
        return List.copyOf(values.getOrDefault(known(option), List.of()));
    }

    public int integer(Option option) {
        return Integer.parseInt(requireValue(option));
    }

    public long longInteger(Option option) {
        return Long.parseLong(requireValue(option));
    }

    /** The option's value as a path, or null when it is absent and has no default. */
    public Path path(Option option) {
        String value = text(option);
        return value == null ? null : Path.of(value);
    }

    /** The command these arguments were parsed for. */
    public CommandSpec spec() {
        return spec;
    }

    /** The positional parameters, in order. */
    public List<String> parameters() {
        return parameters;
    }

    private String requireValue(Option option) {
        String value = text(option);
        if (value == null) {
            throw new IllegalStateException(option.name() + " has no value and no default");
        }
        return value;
    }

    private Option known(Option option) {
        if (spec.options().stream().noneMatch(o -> o == option)) {
            throw new IllegalArgumentException(option.name() + " is not an option of " + spec.name());
        }
        return option;
    }

    private void checkComplete() {
        for (Option o : spec.options()) {
            if (o.required() && !values.containsKey(o)) {
                throw new UsageException("Missing required option: '" + o.name() + "=" + o.label() + "'");
            }
        }
        Parameters p = spec.parameters();
        if (parameters.size() < p.min()) {
            throw new UsageException("Missing required parameter: '" + p.label() + "'");
        }
        if (parameters.size() > p.max()) {
            throw new UsageException("Unexpected argument: '" + parameters.get(p.max()) + "'"
                    + (p.max() == 0 ? " (" + spec.name() + " takes no parameters)" : ""));
        }
    }

    private static void check(Option option, String value) {
        try {
            switch (option.kind()) {
                case INTEGER -> Integer.parseInt(value);
                case LONG -> Long.parseLong(value);
                case PATH -> Path.of(value);
                default -> {
                }
            }
        } catch (NumberFormatException | InvalidPathException e) {
            String kind = switch (option.kind()) {
                case INTEGER -> "an int";
                case LONG -> "a long";
                default -> "a path";
            };
            throw new UsageException("Invalid value for option '" + option.name() + "': '" + value + "' is not " + kind);
        }
    }

    /** "-x" or "--xyz", but not "-" (standard input by convention) nor "-5" (a negative number). */
    private static boolean isOptionLike(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && !Character.isDigit(arg.charAt(1));
    }

    private static boolean isOptionName(CommandSpec spec, String arg) {
        int eq = arg.indexOf('=');
        return spec.option(eq < 0 ? arg : arg.substring(0, eq)) != null;
    }
}
