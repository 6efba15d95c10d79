package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Markdown to blocks through commonmark-java: kinds, levels and the plain text of each block. */
class MarkdownBlocksTest {

    private static String shape(List<Block> blocks) {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            s.append(b.kind()).append(b.headingLevel() > 0 ? b.headingLevel() : "").append(':').append(b.text()).append('\n');
        }
        return s.toString();
    }

    @Test
    void setextAndAtxHeadingsAreHeadingsWithTheirLevel() {
        assertEquals("HEADING1:Ministers meet in Riga\nHEADING2:Background\nHEADING3:Next steps\n",
                shape(MarkdownBlocks.split("Ministers meet in Riga\n======\n\nBackground\n---\n\n### Next steps ###\n")));
    }

    @Test
    void wrappedLinesJoinAndAHardBreakEndsABlock() {
        assertEquals("PARAGRAPH:The council met on Monday and agreed the plan.\nPARAGRAPH:Read the statement\n",
                shape(MarkdownBlocks.split("The council met on Monday\nand agreed the plan.  \nRead the statement\n")));
    }

    @Test
    void inlineMarkupIsReducedToItsTextAndImagesGo() {
        assertEquals("PARAGRAPH:Allies & partners agreed a new plan in Oslo.\n",
                shape(MarkdownBlocks.split("![a ship](ship.jpg)Allies &amp; partners agreed a _new_ plan in [Oslo](https://example.org).\n")));
    }

    @Test
    void misplacedEmphasisDelimitersAreNotText() {
        assertEquals("PARAGRAPH:Cyber Defense: Leaders agreed, again, to act.\n",
                shape(MarkdownBlocks.split("**Cyber Defense: **Leaders agreed**,** again, to act.\n")));
    }

    @Test
    void quotesAndListItemsKeepTheirKindAtAnyDepth() {
        String md = "> \"We stand together,\" the minister said,\nlazily continued.\n>\n> - a point inside the quote\n\n"
                + "- first item\n  - nested item\n\n1. numbered item\n";
        assertEquals("QUOTE:\"We stand together,\" the minister said, lazily continued.\nQUOTE:a point inside the quote\n"
                + "LIST_ITEM:first item\nLIST_ITEM:nested item\nLIST_ITEM:numbered item\n", shape(MarkdownBlocks.split(md)));
    }

    @Test
    void aSignOffOnTheLastLineIsABlockOfItsOwn() {
        assertEquals("PARAGRAPH:The measures enter into force today.\nPARAGRAPH:ab-cd\n",
                shape(MarkdownBlocks.split("The measures enter into force today.\nab-cd\n")));
    }

    @Test
    void deepNestingAndRandomInputNeverThrow() {
        assertDoesNotThrow(() -> MarkdownBlocks.split(">".repeat(20_000) + " deep\n" + "- ".repeat(5_000) + "x\n"));
        Random random = new Random(15);
        String alphabet = "ab *_[]()!#>-=\\`<>&\n\n  1.";
        for (int run = 0; run < 300; run++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Block b : MarkdownBlocks.split(s.toString())) {
                assertFalse(b.text().isBlank());
            }
        }
    }
}
