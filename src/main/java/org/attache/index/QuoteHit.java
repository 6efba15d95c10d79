package org.attache.index;

/** A ranked quotation, with the document it comes from. */
public record QuoteHit(String document, String title, String date, String quote, String speaker,
                       String speakerRole, double score) {
}
