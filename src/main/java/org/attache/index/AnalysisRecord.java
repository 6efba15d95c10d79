package org.attache.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.attache.model.ActorType;
import org.attache.model.BlockQuote;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.Sentence;
import org.attache.model.Statement;
import org.attache.model.TextSpan;

/**
 * The versioned binary form of what the analysis found in one document, stored in one field of its
 * Lucene document: paragraphs, block quotes, sentences with their tokens, mentions, quotations and
 * transcript turns, every field of their records. The layout (Lucene's variable-length integers and length-prefixed UTF-8 strings) is
 * documented in {@code docs/index-record.md}; {@link #FORMAT} is its first byte and changes with it.
 * A span's covered text is not stored when it is the clean text at that span (almost always), so a
 * record is a few bytes per mention; where it is not, the text is stored and the round trip stays exact.
 */
final class AnalysisRecord {

    /** The layout version, the record's first byte. Bump it (and {@link IndexSchema#VERSION}) on any change. */
    static final byte FORMAT = 2;

    private static final byte COVERED = 0;
    private static final byte WRITTEN = 1;
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    /** The parts of an analysis this record holds; the document's text and metadata are stored fields of their own. */
    record Parts(List<TextSpan> paragraphs, List<BlockQuote> blockQuotes, List<Sentence> sentences,
                 List<Mention> mentions, List<Quote> quotes, List<Statement> statements) {
    }

    private AnalysisRecord() {
    }

    static BytesRef encode(String text, Parts parts) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(FORMAT);
            out.writeVInt(parts.paragraphs().size());
            for (TextSpan p : parts.paragraphs()) {
                writeSpan(out, p);
            }
            out.writeVInt(parts.blockQuotes().size());
            for (BlockQuote b : parts.blockQuotes()) {
                writeSpan(out, b.quote());
                writeOptionalSpan(out, b.attribution().orElse(null));
            }
            writeSentences(out, parts.sentences());
            out.writeVInt(parts.mentions().size());
            for (Mention m : parts.mentions()) {
                writeSpan(out, m.span());
                writeText(out, text, m.span(), m.text());
                out.writeString(m.actor());
                out.writeString(m.type().name());
                out.writeString(m.source().name());
                writeDouble(out, m.confidence());
            }
            out.writeVInt(parts.quotes().size());
            for (Quote q : parts.quotes()) {
                writeQuote(out, q);
                writeText(out, text, q.span(), q.text());
            }
            out.writeVInt(parts.statements().size());
            for (Statement s : parts.statements()) {
                writeSpan(out, s.span());
                writeText(out, text, s.span(), s.text());
                out.writeString(s.speaker());
                out.writeString(s.speakerActor());
                out.writeString(s.speakerRole());
            }
        } catch (IOException e) {
            throw new AssertionError("writing to memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** Reads a record of {@link #FORMAT}; {@link StaleIndexException} for any other layout. */
    static Parts decode(BytesRef bytes, String text) throws IOException {
        ByteArrayDataInput in = open(bytes);
        int n = in.readVInt();
        List<TextSpan> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            paragraphs.add(readSpan(in));
        }
        n = in.readVInt();
        List<BlockQuote> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextSpan quote = readSpan(in);
            blocks.add(new BlockQuote(quote, Optional.ofNullable(readOptionalSpan(in))));
        }
        List<Sentence> sentences = readSentences(in);
        n = in.readVInt();
        List<Mention> mentions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextSpan span = readSpan(in);
            mentions.add(new Mention(span, readText(in, text, span), in.readString(), ActorType.valueOf(in.readString()),
                    MentionSource.valueOf(in.readString()), readDouble(in)));
        }
        n = in.readVInt();
        List<Quote> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            quotes.add(readQuote(in, text));
        }
        n = in.readVInt();
        List<Statement> statements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextSpan span = readSpan(in);
            statements.add(new Statement(span, readText(in, text, span), in.readString(), in.readString(),
                    in.readString()));
        }
        return new Parts(paragraphs, blocks, sentences, mentions, quotes, statements);
    }

    /** A mention's canonical actor and type: what search hits and counts need, read without the text. */
    record Named(String actor, ActorType type) {
    }

    /** The mentions of a record, as actor and type only, in order. */
    static List<Named> mentioned(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = open(bytes);
        int n = in.readVInt();
        for (int i = 0; i < n; i++) {
            readSpan(in);
        }
        n = in.readVInt();
        for (int i = 0; i < n; i++) {
            readSpan(in);
            readOptionalSpan(in);
        }
        skipSentences(in);
        n = in.readVInt();
        List<Named> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            readSpan(in);
            if (in.readByte() != COVERED) {
                in.readString();
            }
            String actor = in.readString();
            out.add(new Named(actor, ActorType.valueOf(in.readString())));
            in.readString();
            readDouble(in);
        }
        return out;
    }

    /** One quotation without its words, which its {@code kind:quote} document stores as a field of their own. */
    static BytesRef encodeQuote(Quote q) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(FORMAT);
            writeQuote(out, q);
        } catch (IOException e) {
            throw new AssertionError("writing to memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** Reads what {@link #encodeQuote} wrote, with the quotation's words. */
    static Quote decodeQuote(BytesRef bytes, String words) throws IOException {
        ByteArrayDataInput in = open(bytes);
        QuoteFields f = readQuoteFields(in);
        return f.with(words);
    }

    private static ByteArrayDataInput open(BytesRef bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            throw new StaleIndexException("no analysis record");
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new StaleIndexException("analysis record format " + format + ", this build reads " + FORMAT);
        }
        return in;
    }

    private static void writeQuote(DataOutput out, Quote q) throws IOException {
        writeSpan(out, q.span());
        out.writeString(q.speaker());
        out.writeString(q.speakerActor());
        out.writeString(q.speakerRole());
        out.writeString(q.cue());
        out.writeString(q.kind().name());
        writeDouble(out, q.confidence());
        writeOptionalSpan(out, q.speakerSpan());
    }

    private record QuoteFields(TextSpan span, String speaker, String speakerActor, String role, String cue,
                               QuoteKind kind, double confidence, TextSpan speakerSpan) {
        Quote with(String words) {
            return new Quote(span, words, speaker, speakerActor, role, cue, kind, confidence, speakerSpan);
        }
    }

    private static QuoteFields readQuoteFields(DataInput in) throws IOException {
        return new QuoteFields(readSpan(in), in.readString(), in.readString(), in.readString(), in.readString(),
                QuoteKind.valueOf(in.readString()), readDouble(in), readOptionalSpan(in));
    }

    private static Quote readQuote(DataInput in, String text) throws IOException {
        QuoteFields f = readQuoteFields(in);
        return f.with(readText(in, text, f.span()));
    }

    /**
     * Sentences in text order, each a span from the end of the one before and its tokens, each a span from
     * the end of the token before (the sentence's start for the first): small gaps, a byte or two per token.
     */
    private static void writeSentences(DataOutput out, List<Sentence> sentences) throws IOException {
        out.writeVInt(sentences.size());
        int previousEnd = 0;
        for (Sentence s : sentences) {
            writeGapSpan(out, previousEnd, s.span());
            out.writeVInt(s.tokens().size());
            int tokenEnd = s.span().start();
            for (TextSpan t : s.tokens()) {
                writeGapSpan(out, tokenEnd, t);
                tokenEnd = t.end();
            }
            previousEnd = s.span().end();
        }
    }

    private static List<Sentence> readSentences(DataInput in) throws IOException {
        int n = in.readVInt();
        List<Sentence> out = new ArrayList<>(n);
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            TextSpan span = readGapSpan(in, previousEnd);
            int count = in.readVInt();
            List<TextSpan> tokens = new ArrayList<>(count);
            int tokenEnd = span.start();
            for (int k = 0; k < count; k++) {
                TextSpan t = readGapSpan(in, tokenEnd);
                tokens.add(t);
                tokenEnd = t.end();
            }
            out.add(new Sentence(span, tokens));
            previousEnd = span.end();
        }
        return out;
    }

    private static void skipSentences(DataInput in) throws IOException {
        for (int n = in.readVInt(); n > 0; n--) {
            readGapSpan(in, 0);
            for (int k = in.readVInt(); k > 0; k--) {
                readGapSpan(in, 0);
            }
        }
    }

    /**
     * A span as its distance from {@code from} and its length; zig-zag, so a span before {@code from}
     * (never made by the analysis) stays exact too.
     */
    private static void writeGapSpan(DataOutput out, int from, TextSpan span) throws IOException {
        out.writeZInt(span.start() - from);
        out.writeVInt(span.length());
    }

    private static TextSpan readGapSpan(DataInput in, int from) throws IOException {
        int start = from + in.readZInt();
        return new TextSpan(start, start + in.readVInt());
    }

    private static void writeSpan(DataOutput out, TextSpan span) throws IOException {
        out.writeVInt(span.start());
        out.writeVInt(span.length());
    }

    private static TextSpan readSpan(DataInput in) throws IOException {
        int start = in.readVInt();
        return new TextSpan(start, start + in.readVInt());
    }

    private static void writeOptionalSpan(DataOutput out, TextSpan span) throws IOException {
        out.writeByte(span == null ? ABSENT : PRESENT);
        if (span != null) {
            writeSpan(out, span);
        }
    }

    private static TextSpan readOptionalSpan(DataInput in) throws IOException {
        return in.readByte() == PRESENT ? readSpan(in) : null;
    }

    /** Nothing when the words are the clean text at the span, else the words themselves. */
    private static void writeText(DataOutput out, String text, TextSpan span, String words) throws IOException {
        if (span.end() <= text.length() && text.regionMatches(span.start(), words, 0, words.length())) {
            out.writeByte(COVERED);
        } else {
            out.writeByte(WRITTEN);
            out.writeString(words);
        }
    }

    private static String readText(DataInput in, String text, TextSpan span) throws IOException {
        return in.readByte() == COVERED ? span.of(text) : in.readString();
    }

    /** The exact bits: a confidence read back equals the one written. */
    private static void writeDouble(DataOutput out, double value) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    private static double readDouble(DataInput in) throws IOException {
        return Double.longBitsToDouble(in.readLong());
    }
}
