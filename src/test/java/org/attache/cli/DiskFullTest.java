package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A full disk, seen however deep in a failure's causes, is one line naming the output folder: no bug report. */
class DiskFullTest {

    /** A command that fails as a run does when Lucene's writer met a full disk and closed itself. */
    @Command(name = "full", description = "Fails with a full disk.")
    static final class FullDisk extends BaseCommand {
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
        Path out = Path.of("output");

        @Override
        public Integer call() {
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
        UserException e = UserException.diskFull(Path.of("out"));
        assertEquals(ExitCodes.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("no space left on device under out;"), e.getMessage());
    }
}
