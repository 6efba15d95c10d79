package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code attache completion}: picocli's bash/zsh script, written from the same annotations as the help. */
class CompletionTest {

    @Test
    void theScriptCompletesEveryCommandAndItsOptions() {
        Cli.Result r = Cli.attache("completion");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_attache"), "registers the function for attache");
        String commands = r.out().lines().filter(l -> l.strip().startsWith("local commands=")).findFirst().orElse("");
        assertEquals("local commands=\"" + String.join(" ", Main.COMMANDS.keySet()) + "\"", commands.strip());
        for (String option : new String[] {"--keep-duplicates", "--follow-links", "--speaker", "--explain", "--port"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
