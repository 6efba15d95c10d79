package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Parameters;

/** {@code attache help [COMMAND]}: the overview, or one command's help. */
@Command(name = "help", description = "Display help information about the specified command.")
final class HelpCommand extends BaseCommand {

    @Parameters(arity = "0..1", paramLabel = "COMMAND",
            description = "The command to explain; without it, the list of commands.")
    String command;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        if (command == null) {
            parent.usage(out(), Ansi.OFF);
            return ExitCodes.OK;
        }
        CommandLine named = parent.getSubcommands().get(command);
        if (named == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    ErrorHandler.unknownCommand(command, parent.getSubcommands().keySet()));
        }
        named.usage(out(), Ansi.OFF);
        return ExitCodes.OK;
    }
}
