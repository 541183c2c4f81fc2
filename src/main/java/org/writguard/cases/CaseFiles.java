package org.writguard.cases;

import org.writguard.facts.CaseFile;
import org.writguard.internal.cases.CaseReader;

import java.nio.file.Path;

/**
 * Reads case files (YAML or JSON, CASE-FORMAT.md) into {@link CaseFile}s, linked and validated. Every problem is
 * a one-line {@link CaseInputException} naming the file and the field path. Thread-safe.
 *
 * <pre>
 * CaseFile c = CaseFiles.read(Path.of("intake/17.yaml"));
 * CaseFile d = CaseFiles.read(requestBody, "request 4711");
 * </pre>
 */
public final class CaseFiles {
    private static final CaseReader READER = new CaseReader();

    private CaseFiles() { }

    /** Reads one case file; the path is named in errors as given. */
    public static CaseFile read(Path file) {
        return READER.read(file);
    }

    /** Reads a case from text (YAML, or JSON, which is YAML too), naming it {@code name} in errors. */
    public static CaseFile read(String text, String name) {
        return READER.read(text, name);
    }

    /**
     * A validated, linked deep copy of a case made in code, with the same messages as a case file; the argument is
     * not changed. {@code RuleBook.assess} does this itself; call it to check a case before you keep it.
     */
    public static CaseFile validate(CaseFile caseFile, String name) {
        return CaseReader.checkedCopy(caseFile, name);
    }
}
