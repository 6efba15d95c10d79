package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import org.attache.model.Cancellation;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

    @Test
    void everyThrowableHasAOneLineReason() {
        for (Throwable t : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new Cancellation.Cancelled(), new IllegalStateException("x\ny"), new AssertionError())) {
            String reason = FailureReason.of(t);
            assertFalse(reason.isBlank(), t.toString());
        }
        assertTrue(FailureReason.of(new OutOfMemoryError()).startsWith("ran out of memory"));
        assertTrue(FailureReason.of(new StackOverflowError()).startsWith("too deeply nested"));
    }

    @Test
    void aFullDiskIsFoundAnywhereInTheCauses() {
        IOException enospc = new FileSystemException("/out/index/_0.cfs", null, "No space left on device");
        assertTrue(FailureReason.isDiskFull(enospc));
        assertTrue(FailureReason.isDiskFull(new IllegalStateException("closed", new UncheckedIOException(enospc))));
        RuntimeException suppressing = new RuntimeException("commit failed");
        suppressing.addSuppressed(new IOException("write failed: No space left on device"));
        assertTrue(FailureReason.isDiskFull(suppressing));
        assertFalse(FailureReason.isDiskFull(new IOException("Permission denied")));
        assertFalse(FailureReason.isDiskFull(new IllegalStateException("No space left on device"))); // not an I/O error
    }
}
