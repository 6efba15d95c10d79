package org.attache.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Writes a model so that the same training gives the same bytes: OpenNLP stamps the training time
 * into the manifest and the zip entries, which would make every retraining a new file in git and
 * a new hash in run.json. Those stamps are fixed here; the model content is untouched.
 */
public final class ModelFiles {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String MANIFEST = "manifest.properties";

    private ModelFiles() {
    }

    /** The model's bytes with the time stamps fixed. */
    public static byte[] reproducibleBytes(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(MANIFEST)) {
                    content = fixedManifest(content);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, reproducibleBytes(model));
    }

    /** Drops the date comment and zeroes the Timestamp property. */
    private static byte[] fixedManifest(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String fixed = text.lines()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l)
                .sorted()
                .collect(Collectors.joining("\n", "", "\n"));
        return fixed.getBytes(StandardCharsets.ISO_8859_1);
    }
}
