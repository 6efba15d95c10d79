package org.attache.nlp.maxent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A GIS model read straight from OpenNLP's binary file into a {@link PredicateTable}, with its outcomes:
 * no string and no context object per feature, as OpenNLP's reader makes before our table is built from
 * its map; each feature's hash is taken from the file's modified UTF-8 as it is read.
 */
record GisFile(PredicateTable table, String[] outcomes) {

    /** The entries of a model file (a zip), by name; empty if an entry comes twice. */
    static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (entries.put(e.getName(), zip.readAllBytes()) != null) {
                    return Map.of();
                }
            }
        }
        return entries;
    }

    /**
     * OpenNLP's binary GIS layout ({@code GISModelReader}): the type, the correction constant and
     * parameter, the outcomes, the outcome patterns (how many features share it, then its outcomes),
     * the features, then each feature's parameters, pattern by pattern. Empty for anything else, and for
     * a model in which two features share a hash.
     */
    static Optional<GisFile> read(byte[] model) {
        ByteBuffer in = ByteBuffer.wrap(model);
        try {
            if (!"GIS".equals(utf(in))) {
                return Optional.empty();
            }
            in.getInt(); // the correction constant and parameter: not used in evaluation
            in.getDouble();
            String[] outcomes = new String[in.getInt()];
            for (int o = 0; o < outcomes.length; o++) {
                outcomes[o] = utf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            for (int p = 0; p < patterns.length; p++) {
                String[] parts = utf(in).split(" ");
                patterns[p] = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    patterns[p][k] = Integer.parseInt(parts[k]);
                }
            }
            long[] hashes = new long[in.getInt()];
            for (int f = 0; f < hashes.length; f++) {
                hashes[f] = utfHash(in);
            }
            PredicateTable.Builder table = new PredicateTable.Builder(hashes.length);
            int feature = 0;
            for (int[] pattern : patterns) {
                int[] outcomeIds = Arrays.copyOfRange(pattern, 1, pattern.length);
                for (int id : outcomeIds) {
                    if (id < 0 || id >= outcomes.length) {
                        return Optional.empty();
                    }
                }
                for (int j = 0; j < pattern[0]; j++) {
                    double[] params = new double[outcomeIds.length];
                    for (int k = 0; k < params.length; k++) {
                        params[k] = in.getDouble();
                    }
                    if (feature >= hashes.length || !table.add(hashes[feature], outcomeIds, params)) {
                        return Optional.empty(); // more parameters than features, or two features share a hash
                    }
                    feature++;
                }
            }
            if (feature != hashes.length || in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new GisFile(table.build(), outcomes));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A string as {@code DataInputStream.readUTF} reads it. */
    private static String utf(ByteBuffer in) {
        StringBuilder sb = new StringBuilder();
        decode(in, sb, 0);
        return sb.toString();
    }

    /** The {@link FeatureHash} of a string written by {@code DataOutputStream.writeUTF}, read without making it. */
    private static long utfHash(ByteBuffer in) {
        return FeatureHash.finish(decode(in, null, FeatureHash.start()));
    }

    /**
     * Decodes one modified-UTF-8 string (two bytes of length, then one to three bytes a character), each
     * character appended to {@code sb} (when given) and added to the hash state {@code h}; returns the state.
     */
    private static long decode(ByteBuffer in, StringBuilder sb, long h) {
        int length = Short.toUnsignedInt(in.getShort());
        int end = in.position() + length;
        if (end > in.limit()) {
            throw new BufferUnderflowException();
        }
        while (in.position() < end) {
            int a = in.get() & 0xFF;
            char c;
            if (a < 0x80) {
                c = (char) a;
            } else if ((a & 0xE0) == 0xC0) {
                c = (char) (((a & 0x1F) << 6) | continuation(in, end));
            } else if ((a & 0xF0) == 0xE0) {
                int b = continuation(in, end);
                c = (char) (((a & 0x0F) << 12) | (b << 6) | continuation(in, end));
            } else {
                throw new IllegalArgumentException("malformed modified UTF-8");
            }
            h = FeatureHash.add(h, c);
            if (sb != null) {
                sb.append(c);
            }
        }
        return h;
    }

    private static int continuation(ByteBuffer in, int end) {
        if (in.position() >= end) {
            throw new IllegalArgumentException("malformed modified UTF-8");
        }
        int b = in.get() & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw new IllegalArgumentException("malformed modified UTF-8");
        }
        return b & 0x3F;
    }
}
