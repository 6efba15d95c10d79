package org.attache.serve;

import java.util.ArrayList;
import java.util.List;
import org.attache.index.BrowseResults.Bucket;

/**
 * The date histogram as SVG geometry for the template: one bar per bucket, each a link that zooms
 * the page's state to that bucket's dates. Server-rendered: no script draws it.
 */
public record Histogram(int width, int height, long max, String first, String last, List<Bar> bars,
                        List<Bucket> buckets) {

    static final int WIDTH = 640;
    static final int HEIGHT = 110;

    /** A bar: its box, the link that zooms to it, and the hover text. */
    public record Bar(int x, int y, int w, int h, String href, String title) {
    }

    static Histogram of(List<Bucket> buckets, UrlState state, String path) {
        long max = buckets.stream().mapToLong(Bucket::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int n = Math.max(1, buckets.size());
        double step = (double) WIDTH / n;
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            int h = max == 0 ? 0 : (int) Math.round((HEIGHT - 4) * (double) b.count() / max);
            int x = (int) Math.round(i * step);
            int w = Math.max(1, (int) Math.round((i + 1) * step) - x - (step > 3 ? 1 : 0));
            String href = state.with("since", b.from().toString()).with("until", b.to().toString()).href(path);
            bars.add(new Bar(x, HEIGHT - h, w, Math.max(h, b.count() > 0 ? 1 : 0), href,
                    b.label() + ": " + b.count()));
        }
        return new Histogram(WIDTH, HEIGHT, max, buckets.isEmpty() ? "" : buckets.get(0).label(),
                buckets.isEmpty() ? "" : buckets.get(buckets.size() - 1).label(), bars,
                List.copyOf(buckets));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
