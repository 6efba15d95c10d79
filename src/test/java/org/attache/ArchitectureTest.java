package org.attache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md and each package-info.java, checked on the compiled main classes
 * (so fully qualified names written inline count as much as imports): no cycle between the
 * top-level packages, and a lower package never uses a higher one.
 */
class ArchitectureTest {

    /** Each package's rank: a package may use packages of its own rank or lower, never higher. */
    private static final Map<String, Integer> RANK = Map.of(
            "model", 0, "io", 0,
            "ingest", 1,
            "nlp", 2,
            "index", 3,
            "report", 4,
            "serve", 5, "pipeline", 5,
            "cli", 6, "spark", 6);

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the tools (benchmarks, training: src/tools) are outside the product and may use any of it
                .withImportOption(location -> !location.contains("/tools-classes/"))
                .importPackages("org.attache");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.attache.(*)..").should().beFreeOfCycles()
                .check(classes);
    }

    /** The sub-packages too: the nlp stages are put together by pipeline, never by each other. */
    @Test
    void noCycleBetweenAnyPackages() {
        slices().matching("org.attache.(**)").should().beFreeOfCycles()
                .check(classes);
    }

    /** What the package-infos forbid beyond the ranks: packages of one rank or one layer that stay apart. */
    @Test
    void packagesOfOneRankStayApart() {
        Map<String, List<String>> never = Map.of(
                "org.attache.nlp", List.of("org.attache.nlp.actors..", "org.attache.nlp.ner..",
                        "org.attache.nlp.quotes.."),
                "org.attache.nlp.actors..", List.of("org.attache.nlp.ner..", "org.attache.nlp.quotes.."),
                "org.attache.nlp.ner..", List.of("org.attache.nlp.actors..", "org.attache.nlp.quotes.."),
                "org.attache.nlp.quotes..", List.of("org.attache.nlp.actors..", "org.attache.nlp.ner.."),
                "org.attache.nlp.maxent..", List.of("org.attache.nlp", "org.attache.nlp.actors..",
                        "org.attache.nlp.ner..", "org.attache.nlp.quotes.."),
                "org.attache.serve..", List.of("org.attache.pipeline.."));
        never.forEach((from, to) -> noClasses().that().resideInAPackage(from)
                .should().dependOnClassesThat().resideInAnyPackage(to.toArray(String[]::new))
                .check(classes));
    }

    @Test
    void noPackageUsesAHigherOne() {
        for (Map.Entry<String, Integer> p : RANK.entrySet()) {
            List<String> higher = new ArrayList<>();
            RANK.forEach((name, rank) -> {
                if (rank > p.getValue()) {
                    higher.add("org.attache." + name + "..");
                }
            });
            if (higher.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage("org.attache." + p.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher.toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void everyPackageIsRanked() {
        Set<String> unranked = new TreeSet<>();
        for (JavaClass c : classes) {
            String top = c.getPackageName().replaceFirst("^org\\.attache\\.?([^.]*).*", "$1");
            if (!RANK.containsKey(top)) {
                unranked.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), unranked, "packages to give a rank here and a package-info.java");
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/org/attache"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".java"))
                            && !Files.isRegularFile(dir.resolve("package-info.java"))) {
                        without.add(dir.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), without, "packages without a package-info.java");
    }

    @Test
    void everyPackageSaysWhatItMayImport() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> infos = Files.walk(Path.of("src/main/java/org/attache"))) {
            for (Path info : infos.filter(p -> p.endsWith("package-info.java")).toList()) {
                if (!Files.readString(info).toLowerCase(Locale.ROOT).contains("import")) {
                    silent.add(info.toString());
                }
            }
        }
        assertEquals(List.of(), silent, "package-info.java files that do not say what the package may import");
    }
}
