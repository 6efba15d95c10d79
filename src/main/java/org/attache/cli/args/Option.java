package org.attache.cli.args;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command: its names ({@code --out}, or {@code -h} and {@code --help}), the kind of
 * value it takes, the label of that value in help ({@code DIR}), its default and its help text.
 * In the description, {@code {default}} stands for the default value.
 *
 * @param names        the names, short first; the last is the one messages use
 * @param kind         what value the option takes, or {@link Kind#FLAG} for none
 * @param label        the value's name in help, empty for a flag
 * @param defaultValue the value when the option is absent, or null
 * @param repeatable   whether the option may be given several times (each value is kept)
 * @param required     whether the command refuses to run without it
 * @param description  the help text
 */
public record Option(List<String> names, Kind kind, String label, String defaultValue, boolean repeatable,
                     boolean required, String description) {

    /** What an option's value must be; checked when the arguments are parsed. */
    public enum Kind {
        FLAG, TEXT, INTEGER, LONG, PATH
    }

    public Option {
        names = List.copyOf(names);
        if (names.isEmpty() || names.stream().anyMatch(n -> !n.startsWith("-"))) {
            throw new IllegalArgumentException("option names start with '-': " + names);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if ((kind == Kind.FLAG) != label.isEmpty()) {
            throw new IllegalArgumentException("a flag has no value label, a value option needs one: " + names);
        }
    }

    /** An option without a value: present or not. */
    public static Option flag(String name, String description) {
        return new Option(List.of(name), Kind.FLAG, "", null, false, false, description);
    }

    /** An option taking a value of this kind. */
    public static Option value(String name, Kind kind, String label, String description) {
        return new Option(List.of(name), kind, label, null, false, false, description);
    }

    public Option withDefault(Object value) {
        return new Option(names, kind, label, String.valueOf(value), repeatable, required, description);
    }

    public Option repeated() {
        return new Option(names, kind, label, defaultValue, true, required, description);
    }

    public Option mandatory() {
        return new Option(names, kind, label, defaultValue, repeatable, true, description);
    }

    /** The long name, as messages and help show it. */
    public String name() {
        return names.get(names.size() - 1);
    }

    public boolean takesValue() {
        return kind != Kind.FLAG;
    }

    /** The description with its default filled in. */
    public String help() {
        return description.replace("{default}", defaultValue == null ? "" : defaultValue);
    }
}
