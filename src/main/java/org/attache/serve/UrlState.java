package org.attache.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a page as its query parameters, in a fixed order: every link the page offers (a
 * facet, a bar of the histogram, the next page, the CSV export) is this state with one change, so
 * every view is a URL that can be bookmarked or shared.
 */
public record UrlState(Map<String, List<String>> params) {

    public UrlState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            List<String> kept = v.stream().filter(s -> s != null && !s.isEmpty()).toList();
            if (!kept.isEmpty()) {
                copy.put(k, kept);
            }
        });
        params = Collections.unmodifiableMap(copy);
    }

    public String get(String key) {
        List<String> v = params.get(key);
        return v == null ? "" : v.get(0);
    }

    public List<String> all(String key) {
        return params.getOrDefault(key, List.of());
    }

    /** This state with {@code key} set to {@code value} alone (empty: removed), back on the first page. */
    public UrlState with(String key, String value) {
        Map<String, List<String>> m = new LinkedHashMap<>(params);
        m.put(key, value == null ? List.of() : List.of(value));
        m.remove("page");
        return new UrlState(m);
    }

    /** This state with {@code value} added to the values of {@code key}, back on the first page. */
    public UrlState plus(String key, String value) {
        Map<String, List<String>> m = new LinkedHashMap<>(params);
        List<String> v = new ArrayList<>(all(key));
        if (!v.contains(value)) {
            v.add(value);
        }
        m.put(key, v);
        m.remove("page");
        return new UrlState(m);
    }

    /** This state without {@code value} among the values of {@code key}. */
    public UrlState minus(String key, String value) {
        Map<String, List<String>> m = new LinkedHashMap<>(params);
        List<String> v = new ArrayList<>(all(key));
        v.remove(value);
        m.put(key, v);
        m.remove("page");
        return new UrlState(m);
    }

    /** This state on page {@code page} (1-based). */
    public UrlState page(int page) {
        Map<String, List<String>> m = new LinkedHashMap<>(params);
        m.put("page", page <= 1 ? List.of() : List.of(Integer.toString(page)));
        return new UrlState(m);
    }

    /** The link to {@code path} with this state. */
    public String href(String path) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return sb.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
