package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Parameters;
import org.junit.jupiter.api.Test;

/** A full disk, seen however deep in a failure's causes, is one line naming the output folder: no bug report. */
class DiskFullTest {

    /** A command that fails as a run does when Lucene's writer met a full disk and closed itself. */
    private static final class FullDisk implements Command {
        private final Option out = Option.value("--out", Option.Kind.PATH, "DIR", "Output folder.").withDefault("output");

        @Override
        public CommandSpec spec() {
            return new CommandSpec("full", List.of("Fails with a full disk."), Parameters.NONE, List.of(out));
        }

        @Override
        public int call(Arguments args, Console console) {
            IOException enospc = new IOException("No space left on device");
            throw new AlreadyClosedException("this IndexWriter is closed", enospc);
        }
    }

    @Test
    void aClosedIndexWriterOverAFullDiskSaysSoAndExitsOne() {
        Cli.Result r = Cli.run(new FullDisk(), "--out", "/tmp/somewhere");
        assertEquals(ExitCodes.FAILED, r.exit());
        assertEquals("attache: no space left on device under /tmp/somewhere; free some space and run again",
                r.err().strip());
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }

    @Test
    void theRunCommandNamesItsOutputFolder() {
        UserException e = UserException.diskFull(java.nio.file.Path.of("out"));
        assertEquals(ExitCodes.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("no space left on device under out;"), e.getMessage());
    }
}
