package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of three or more menu-like blocks ({@link BlockShapes#isMenuLike}), past removed chrome but
 * not past a dateline, are navigation ({@link RemovalReason#MENU}).
 */
final class Menus implements SelectionRule {

    private static final int MENU_RUN = 3;

    @Override
    public void apply(PageBlocks page) {
        int n = page.size();
        int i = 0;
        while (i < n) {
            if (page.isRemoved(i) || !BlockShapes.isMenuLike(page.get(i))) {
                i++;
                continue;
            }
            int j = i;
            List<Integer> run = new ArrayList<>();
            while (j < n && page.removedBy(j) != LineRule.DATELINE && (page.isRemoved(j) || BlockShapes.isMenuLike(page.get(j)))) {
                if (!page.isRemoved(j)) {
                    run.add(j);
                }
                j++;
            }
            // A short headline sits right above its dateline: it ends the menu, it is not part of it.
            if (!run.isEmpty() && page.removedAs(j, LineRule.DATELINE)) {
                run.remove(run.size() - 1);
            }
            if (run.size() >= MENU_RUN) {
                for (int k : run) {
                    page.remove(k, RemovalReason.MENU);
                }
            }
            i = j;
        }
    }
}
