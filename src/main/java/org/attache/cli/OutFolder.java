package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check the commands that write an output folder (run, merge) make on {@code --out} before touching it. */
final class OutFolder {

    private OutFolder() {
    }

    /** Refuses an {@code --out} that names an existing file: the outputs need a folder there. */
    static void requireNoFileAt(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a file, not a folder; choose a folder for the outputs",
                    ExitCodes.FAILED);
        }
    }
}
