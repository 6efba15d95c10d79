package org.attache.ingest;

/**
 * Names what a ZIP file holds from the entry names it carries (they are stored as plain bytes, in
 * each entry's header and again in the directory at the end): an Office or OpenDocument file, an
 * EPUB book, a Java archive, or just an archive.
 */
final class ZipKind {

    private static final String NOT_SUPPORTED = ", not supported: save it as PDF or text";

    private ZipKind() {
    }

    static String of(byte[] zip) {
        if (contains(zip, "word/document")) {
            return "Word document (DOCX)" + NOT_SUPPORTED;
        }
        if (contains(zip, "xl/workbook")) {
            return "Excel workbook (XLSX)";
        }
        if (contains(zip, "ppt/presentation")) {
            return "PowerPoint presentation (PPTX)" + NOT_SUPPORTED;
        }
        if (contains(zip, "mimetypeapplication/vnd.oasis.opendocument")) {
            return "OpenDocument file" + NOT_SUPPORTED;
        }
        if (contains(zip, "mimetypeapplication/epub+zip")) {
            return "EPUB book" + NOT_SUPPORTED;
        }
        if (contains(zip, "META-INF/MANIFEST.MF") || contains(zip, ".class")) {
            return "Java archive (JAR)";
        }
        return "ZIP archive";
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = BinarySniffer.ascii(ascii);
        int last = bytes.length - needle.length;
        for (int i = 0; i <= last; i++) {
            if (bytes[i] == needle[0] && BinarySniffer.at(bytes, i, needle)) {
                return true;
            }
        }
        return false;
    }
}
