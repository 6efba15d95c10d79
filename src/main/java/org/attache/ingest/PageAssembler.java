package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.BlockQuote;
import org.attache.model.Metadata;
import org.attache.model.TextSpan;

/**
 * Writes kept blocks as clean text: one paragraph per block, separated by exactly one blank line,
 * list items prefixed "- ", with a span per paragraph and a {@link BlockQuote} per quoted
 * paragraph (with the attribution line that follows it).
 */
final class PageAssembler {

    private PageAssembler() {
    }

    static CleanedPage assemble(List<Block> blocks, Metadata metadata, List<Removal> removals) {
        // the last pass of every format: entity and escape decoding may have brought control characters back
        Metadata clean = ControlCharacters.strip(metadata);
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        List<Block.Kind> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Block b : blocks) {
            String para = TextStats.collapse(ControlCharacters.strip(b.text()));
            if (para.isEmpty()) {
                continue;
            }
            if (b.kind() == Block.Kind.LIST_ITEM) {
                para = "- " + para;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            spans.add(new TextSpan(text.length(), text.length() + para.length()));
            text.append(para);
            kinds.add(b.kind());
            texts.add(para);
        }
        List<BlockQuote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (kinds.get(i) != Block.Kind.QUOTE) {
                continue;
            }
            int next = i + 1;
            while (next < spans.size() && kinds.get(next) == Block.Kind.QUOTE) {
                next++;
            }
            Optional<TextSpan> attribution = Optional.empty();
            if (next < spans.size() && (kinds.get(next) == Block.Kind.ATTRIBUTION
                    || texts.get(next).matches("^[—–―-]\\s*\\S.*") && BlockShapes.isAttributionLine(texts.get(next)))) {
                attribution = Optional.of(spans.get(next));
            }
            quotes.add(new BlockQuote(spans.get(i), attribution));
        }
        return new CleanedPage(text.toString(), clean, spans, quotes, removals);
    }
}
