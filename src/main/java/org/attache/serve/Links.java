package org.attache.serve;

/** Links to the workbench's pages, with their parameters URL-encoded (the templates HTML-escape them too). */
public final class Links {

    private Links() {
    }

    public static String document(String id) {
        return "/document?id=" + UrlState.encode(id);
    }

    public static String actor(String name) {
        return "/actor?name=" + UrlState.encode(name);
    }

    public static String speaker(String name) {
        return "/quotes?speaker=" + UrlState.encode(name);
    }
}
