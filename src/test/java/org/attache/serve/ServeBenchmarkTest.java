package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's views all answer 200 (it measures pages, not error pages); no timing is asserted. */
class ServeBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void everyViewOfTheMixIsAnsweredAndCounted() throws Exception {
        Path index;
        try (Workbench wb = new Workbench(tmp)) {
            index = wb.index;
        }
        ServeBenchmark.Result r = ServeBenchmark.run(index, 1);
        assertEquals(2 * (ServeBenchmark.VIEWS.size() + 2), r.samples());
        assertTrue(r.pageP50() > 0 && r.pageP95() >= r.pageP50() && r.apiP95() >= r.apiP50());
    }
}
