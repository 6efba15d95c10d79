package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks and model training (src/tools) stay out of the product: the classes the runtime jar
 * is made of (target/classes, where {@link Main} is loaded from) hold none of them, nor anything
 * named like a benchmark or a trainer; the tests still reach them.
 */
class ToolsOutOfProductTest {

    @Test
    void theProductClassesHoldNoToolClass() throws IOException, URISyntaxException {
        Path product = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tools = Path.of("src", "tools", "java");
        List<Path> toolSources;
        try (Stream<Path> files = Files.walk(tools)) {
            toolSources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(toolSources.isEmpty(), "no tools under " + tools.toAbsolutePath());
        for (Path source : toolSources) {
            String name = tools.relativize(source).toString().replace(".java", "");
            assertFalse(Files.exists(product.resolve(name + ".class")), name + " is in " + product);
            assertTrue(Files.exists(Path.of("target", "test-classes", name + ".class")),
                    name + " not on the test class path");
        }
        try (Stream<Path> files = Files.walk(product)) {
            List<String> named = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class"))
                    .filter(n -> n.contains("Benchmark") || n.matches("Ner(Trainer|Corpus|Evaluator).*"))
                    .toList();
            assertEquals(List.of(), named, "benchmark or training classes in " + product);
        }
    }

    @Test
    void toolCommandsAreFoundWhenTheirClassesAreThere() {
        for (String name : Main.TOOLS.keySet()) {
            assertTrue(Main.COMMANDS.get(name).get() != null, name);
        }
    }
}
