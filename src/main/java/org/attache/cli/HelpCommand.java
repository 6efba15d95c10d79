package org.attache.cli;

import java.util.List;
import java.util.function.Supplier;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Parameters;
import org.attache.cli.args.Suggestions;

/** {@code attache help [COMMAND]}: the overview, or one command's help. */
final class HelpCommand implements Command {

    static final CommandSpec SPEC = new CommandSpec("help",
            List.of("Display help information about the specified command."),
            new Parameters("COMMAND", 0, 1, "The command to explain; without it, the list of commands."), List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int call(Arguments args, Console console) {
        if (args.parameters().isEmpty()) {
            console.out().print(Main.overview());
            return ExitCodes.OK;
        }
        String name = args.parameters().get(0);
        Supplier<Command> command = Main.COMMANDS.get(name);
        if (command == null) {
            return ErrorHandler.usage("Unknown command: '" + name + "'"
                    + Suggestions.didYouMean(name, Main.COMMANDS.keySet()), SPEC.name(), console.err());
        }
        console.out().print(Help.of(command.get().spec()));
        return ExitCodes.OK;
    }
}
