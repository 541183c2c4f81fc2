package org.writguard.facts;

/**
 * A fact that knows where it sits in its case file, e.g. {@code holds[0]} or
 * {@code encounters[1].function_events[0]}, so findings can name field paths
 * such as {@code holds[0].detainer.pc_basis}. The reader sets it; it is never read from input.
 */
public interface Located {
    String getPath();

    void setPath(String path);

    /** The path of one of this fact's fields, e.g. {@code field("pc_basis")} on a detainer. */
    default String field(String snakeCaseName) {
        String p = getPath();
        return p == null || p.isEmpty() ? snakeCaseName : p + "." + snakeCaseName;
    }
}
