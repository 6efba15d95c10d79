package org.attache.ingest;

/** Tells binary blobs (images, archives, PDFs) from text in any of the encodings we decode. */
final class BinarySniffer {

    private static final int SAMPLE = 8192;

    private BinarySniffer() {
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        if (n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false; // UTF-16 with BOM: zero bytes are expected
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        // a few stray NULs or control bytes are repairable noise; one in twenty is not text (random
        // bytes have 27 control values of 256, 10.5%: at one in ten, half of such files passed as text)
        return control > n / 20;
    }
}
