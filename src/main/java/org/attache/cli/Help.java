package org.attache.cli;

import java.util.List;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Parameters;

/** The help texts, written from the commands' specs and wrapped to the terminal width. */
final class Help {

    /** Where descriptions start in the lists of options and of commands. */
    private static final int OPTION_COLUMN = 26;
    private static final int COMMAND_COLUMN = 13;

    private Help() {
    }

    /** {@code attache COMMAND --help}: usage line, description, parameters and options. */
    static String of(CommandSpec spec) {
        StringBuilder sb = new StringBuilder("Usage: ").append(Main.NAME).append(' ').append(spec.name());
        spec.options().stream().filter(Option::required).forEach(o -> sb.append(' ').append(synopsis(o)));
        sb.append(" [OPTIONS]");
        if (spec.parameters().max() > 0) {
            sb.append(' ').append(spec.parameters().synopsis());
        }
        sb.append('\n');
        paragraphs(sb, spec.description());
        Parameters p = spec.parameters();
        if (p.max() > 0) {
            sb.append("Parameters:\n");
            row(sb, OPTION_COLUMN, "  " + p.synopsis(), p.description());
        }
        sb.append("Options:\n");
        for (Option o : spec.options()) {
            String names = o.names().size() > 1 ? String.join(", ", o.names()) : "    " + o.name();
            row(sb, OPTION_COLUMN, "  " + names + (o.takesValue() ? "=" + o.label() : ""), o.help());
        }
        return sb.toString();
    }

    /** {@code attache --help}: the program's description and its commands. */
    static String overview(String description, List<CommandSpec> commands) {
        StringBuilder sb = new StringBuilder("Usage: ").append(Main.NAME).append(" [-hV] COMMAND [OPTIONS]\n");
        paragraphs(sb, List.of(description));
        sb.append("Commands:\n");
        for (CommandSpec c : commands) {
            row(sb, COMMAND_COLUMN, "  " + c.name(), c.description().isEmpty() ? "" : c.description().get(0));
        }
        sb.append("Options:\n");
        for (Option o : List.of(CommandSpec.HELP, CommandSpec.VERSION)) {
            row(sb, OPTION_COLUMN, "  " + String.join(", ", o.names()), o.help());
        }
        sb.append("\nSee '").append(Main.NAME).append(" COMMAND --help' for the options of a command.\n");
        return sb.toString();
    }

    private static String synopsis(Option o) {
        return o.name() + (o.takesValue() ? "=" + o.label() : "");
    }

    private static void paragraphs(StringBuilder sb, List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            if (paragraph.startsWith(" ")) { // an example, shown as written
                sb.append(paragraph).append('\n');
                continue;
            }
            for (String line : TextLayout.wrap(paragraph, TextLayout.WIDTH, Integer.MAX_VALUE)) {
                sb.append(line).append('\n');
            }
            if (paragraph.isEmpty()) {
                sb.append('\n');
            }
        }
        sb.append('\n');
    }

    /** The left text, then the description wrapped in the second column (on the next line if no room). */
    private static void row(StringBuilder sb, int column, String left, String description) {
        List<String> lines = TextLayout.wrap(description, TextLayout.WIDTH - column, Integer.MAX_VALUE);
        sb.append(left);
        if (TextLayout.length(left) > column - 2 && !lines.isEmpty()) {
            sb.append('\n').append(" ".repeat(column));
        } else {
            sb.append(" ".repeat(column - TextLayout.length(left)));
        }
        sb.append(lines.isEmpty() ? "" : lines.get(0)).append('\n');
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            sb.append(" ".repeat(column)).append(line).append('\n');
        }
    }
}
