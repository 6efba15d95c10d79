package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's twice-run command: the first run writes beside the output the second run writes. */
class RepeatedRunTest {

    @Test
    void theFirstRoundWritesToOutFirstAndTheSecondToOut() {
        String[] command = {"run", "corpus", "--shard", "2/3", "--out", "work/shard-2", "--quiet"};
        List<String[]> rounds = RepeatedRun.rounds(command);
        assertEquals(2, rounds.size());
        assertEquals(List.of("run", "corpus", "--shard", "2/3", "--out", "work/shard-2-first", "--quiet"),
                List.of(rounds.get(0)));
        assertEquals(List.of(command), List.of(rounds.get(1)));
        assertEquals("work/shard-2", command[5], "the caller's arguments are left as they were");
    }

    @Test
    void aCommandWithoutOutRunsTheSameTwice() {
        String[] command = {"--version"};
        List<String[]> rounds = RepeatedRun.rounds(command);
        assertEquals(List.of("--version"), List.of(rounds.get(0)));
        assertEquals(List.of("--version"), List.of(rounds.get(1)));
    }
}
