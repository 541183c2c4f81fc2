package org.writguard.internal.topics.remedies;

import org.writguard.internal.tables.TableLookup;

/** Asks the adjudication-duty table about a form. */
public final class DutyLookup extends TableLookup {
    private final String formType;

    public DutyLookup(String formType) {
        this.formType = formType == null ? "" : formType;
    }

    public String getFormType() { return formType; }
}
