package org.attache.cli;

import java.util.Locale;

/** How a query command prints its answer. */
enum OutputFormat {
    TABLE, JSON, CSV;

    /** From the option value ({@code table}, {@code json}, {@code csv}, any case); exit 2 on anything else. */
    static OutputFormat of(String value, boolean csvAllowed) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.name().equals(v) && (f != CSV || csvAllowed)) {
                return f;
            }
        }
        throw new UserException("--format must be " + (csvAllowed ? "table, json or csv" : "table or json")
                + ", got '" + value + "'", ExitCodes.USAGE);
    }
}
