package org.writguard.internal.topics.authority;

import org.writguard.internal.tables.TableLookup;

/** Asks the model-function matrix whether a model's template revision allows a function, and where. */
public final class MatrixLookup extends TableLookup {
    private final String model;
    private final String revision;
    private final String functionCode;

    public MatrixLookup(String model, String revision, String functionCode) {
        this.model = model;
        this.revision = revision;
        this.functionCode = functionCode;
    }

    public String getModel() { return model; }
    public String getRevision() { return revision; }
    public String getFunctionCode() { return functionCode; }
}
