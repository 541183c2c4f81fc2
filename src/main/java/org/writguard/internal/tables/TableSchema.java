package org.writguard.internal.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The expected layout of one decision table: package, lookup fact, RuleTable name, sheet and columns.
 * A workbook is accepted only when its header and template rows match this layout cell for cell.
 *
 * <p>Sheet layout (1-based rows): 1 {@code RuleSet | package}, 2 {@code Import | classes},
 * 3 {@code Notes | text}, 5 {@code RuleTable Name}, 6 CONDITION/ACTION, 7 the lookup binding (merged over
 * the condition columns), 8 templates, 9 column labels, 10 and below: one row per rule.
 *
 * <p>Every table carries the provenance columns DOMAIN.md 8.5 asks for: a stable row id first, then
 * citation, verified flag, verified-on date, source label and notes.
 */
public final class TableSchema {
    public static final int RULESET_ROW = 0;
    public static final int IMPORT_ROW = 1;
    public static final int NOTES_ROW = 2;
    /** Row 4: "Hit policy" in A, the table's {@link HitPolicy} in B (shown, not read: the schema declares it). */
    public static final int HIT_POLICY_ROW = 3;
    public static final int RULETABLE_ROW = 4;
    public static final int KIND_ROW = 5;
    public static final int BINDING_ROW = 6;
    public static final int TEMPLATE_ROW = 7;
    public static final int LABEL_ROW = 8;
    public static final int FIRST_DATA_ROW = 9;

    public static final String ROW_ID = "ROW_ID";
    public static final String CITATION = "CITATION";
    public static final String VERIFIED = "VERIFIED";
    public static final String VERIFIED_ON = "VERIFIED_ON";
    public static final String LABEL = "LABEL";
    public static final String NOTES = "NOTES";
    public static final String EFFECTIVE_FROM = "EFFECTIVE_FROM";
    public static final String EFFECTIVE_TO = "EFFECTIVE_TO";

    private final String name;
    private final String sheet;
    private final String packageName;
    private final Class<? extends TableLookup> lookupClass;
    private final String description;
    private final List<ColumnSpec> columns;
    private final RowCheck rowCheck;
    private final boolean referenceData;
    private final List<String> identity;
    private final HitPolicy hitPolicy;
    private final boolean dated;

    /** A check across the cells of one row (e.g. a value whose type depends on another column). */
    @FunctionalInterface
    public interface RowCheck {
        /** Reports problems through {@code sink.accept(columnKey, message)}. */
        void check(java.util.Map<String, String> values, java.util.function.BiConsumer<String, String> sink);
    }

    private TableSchema(Builder b) {
        this.rowCheck = b.rowCheck;
        this.referenceData = b.referenceData;
        if (referenceData && b.conditions.stream().anyMatch(c -> !c.required())) {
            throw new IllegalArgumentException(b.name + ": a reference-data table matches on required keys only");
        }
        this.identity = List.copyOf(b.identity);
        this.hitPolicy = b.hitPolicy;
        this.dated = b.dated;
        this.name = b.name;
        this.sheet = b.sheet;
        this.packageName = b.packageName;
        this.lookupClass = b.lookupClass;
        this.description = b.description;
        List<ColumnSpec> cols = new ArrayList<>(b.conditions);
        cols.add(ColumnSpec.action(ROW_ID, "Row id", ColumnType.ID, true, null,
                "stable id of this row; keep it when rows move"));
        cols.addAll(b.actions);
        if (b.dated) {
            cols.add(ColumnSpec.action(EFFECTIVE_FROM, "Effective from", ColumnType.DATE, false, null,
                    "first day the row is in force; empty = since always"));
            cols.add(ColumnSpec.action(EFFECTIVE_TO, "Effective to", ColumnType.DATE, false, null,
                    "last day the row is in force; empty = still in force"));
        }
        cols.add(ColumnSpec.action(CITATION, "Citation", ColumnType.TEXT, true, null,
                "the authority for this row; several separated by ';'"));
        cols.add(ColumnSpec.action(VERIFIED, "Verified", ColumnType.BOOLEAN, true, null,
                "TRUE when checked against the source; FALSE rows produce at most MEDIUM, confidence LOW"));
        cols.add(ColumnSpec.action(VERIFIED_ON, "Verified on", ColumnType.DATE, false, null,
                "date of the last check"));
        cols.add(ColumnSpec.action(LABEL, "Label", ColumnType.LABEL, true, null,
                "P primary, S secondary, K known law, U uncertain (DOMAIN.md section 0)"));
        cols.add(ColumnSpec.action(NOTES, "Notes", ColumnType.TEXT, false, null, "analyst notes"));
        this.columns = List.copyOf(cols);
        if (b.conditions.isEmpty()) {
            throw new IllegalArgumentException(name + ": a table needs at least one condition column");
        }
    }

    public static Builder builder(String name) { return new Builder(name); }

    /** RuleTable name; the generated rules are named {@code <name>_<sheet row>}. */
    public String name() { return name; }
    public String sheet() { return sheet; }
    public String packageName() { return packageName; }
    public Class<? extends TableLookup> lookupClass() { return lookupClass; }
    public String description() { return description; }
    public List<ColumnSpec> columns() { return columns; }

    public RowCheck rowCheck() { return rowCheck; }

    /**
     * A reference-data table (the ICE roster, the holiday calendar): hundreds to tens of thousands of rows
     * whose only condition is an exact key. It is validated like any table and keeps the decision-table
     * layout, but it is answered from an index ({@link TableIndex}) instead of being compiled into one rule
     * per row, which would cost seconds per thousand rows at every build for no gain in expressiveness.
     */
    public boolean referenceData() { return referenceData; }

    /**
     * Action columns that, with the conditions, tell apart rows answering the same lookup (the parameter
     * table's keys, the roster's model). Lint treats rows alike in these and the conditions as giving
     * two answers to one question.
     */
    public List<String> identity() { return identity; }

    /**
     * The topic reading this table takes, among the rows that match, the one that fills the most conditions
     * (a row for I-485 in C5 overrides the row for I-485 in every circuit). Lint then treats a more specific
     * row with another outcome as an override, not a contradiction.
     */
    public boolean mostSpecificWins() { return hitPolicy == HitPolicy.PRIORITY; }

    /** How the table answers when several rows match one question (DMN hit policy); UNIQUE unless declared. */
    public HitPolicy hitPolicy() { return hitPolicy; }

    /**
     * Whether rows carry Effective from / Effective to (DATE, inclusive, empty = open): the row in force on the
     * date of the act applies, so changing a value does not rewrite history.
     */
    public boolean dated() { return dated; }

    public Stream<ColumnSpec> conditions() {
        return columns.stream().filter(c -> c.kind() == ColumnSpec.Kind.CONDITION);
    }

    public int conditionCount() { return (int) conditions().count(); }

    public Optional<ColumnSpec> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) return i;
        }
        return -1;
    }

    /** The binding cell of row 7: {@code q : SomeLookup}. */
    public String binding() { return "q : " + lookupClass.getSimpleName(); }

    public String importLine() { return lookupClass.getName(); }

    /**
     * Whether a workbook's Import cell names this table's lookup class: today's name, or the name it had before
     * 1.1 moved the engine's own classes under {@code org.writguard.internal} (workbooks saved by 1.0 still load;
     * {@code tables upgrade} rewrites the cell).
     */
    public boolean acceptsImportLine(String text) {
        return text.equals(importLine()) || text.equals(importLine().replace("org.writguard.internal.", "org.writguard."));
    }

    /** Builds a schema; provenance columns are added automatically. */
    public static final class Builder {
        private final String name;
        private String sheet;
        private String packageName;
        private Class<? extends TableLookup> lookupClass;
        private String description = "";
        private RowCheck rowCheck;
        private boolean referenceData;
        private final List<String> identity = new ArrayList<>();
        private HitPolicy hitPolicy = HitPolicy.UNIQUE;
        private boolean dated;
        private final List<ColumnSpec> conditions = new ArrayList<>();
        private final List<ColumnSpec> actions = new ArrayList<>();

        private Builder(String name) {
            if (!name.matches("[A-Z][A-Za-z0-9]*")) throw new IllegalArgumentException("table name: " + name);
            this.name = name;
            this.sheet = name;
        }

        public Builder sheet(String s) { this.sheet = s; return this; }
        public Builder packageName(String p) { this.packageName = p; return this; }
        public Builder lookup(Class<? extends TableLookup> c) { this.lookupClass = c; return this; }
        public Builder description(String d) { this.description = d; return this; }
        public Builder rowCheck(RowCheck c) { this.rowCheck = c; return this; }
        /** See {@link TableSchema#referenceData()}. */
        public Builder referenceData() { this.referenceData = true; return this; }
        /** See {@link TableSchema#identity()}. */
        public Builder identity(String... actionKeys) { identity.addAll(List.of(actionKeys)); return this; }
        /** See {@link TableSchema#mostSpecificWins()}. */
        public Builder mostSpecificRowWins() { this.hitPolicy = HitPolicy.PRIORITY; return this; }
        /** See {@link TableSchema#hitPolicy()}. */
        public Builder hitPolicy(HitPolicy p) { this.hitPolicy = p; return this; }
        /** See {@link TableSchema#dated()}: adds the Effective from / Effective to columns before Citation. */
        public Builder dated() { this.dated = true; return this; }

        public Builder condition(String key, String label, String field, ColumnType type, boolean required,
                                 String help, String... allowed) {
            conditions.add(ColumnSpec.condition(key, label, field, type, required, List.of(allowed), help));
            return this;
        }

        public Builder action(String key, String label, ColumnType type, boolean required, String help,
                              String... allowed) {
            actions.add(ColumnSpec.action(key, label, type, required, List.of(allowed), help));
            return this;
        }

        public Builder condition(String key, String label, String field, ColumnType type, boolean required,
                                 String help, List<String> allowed) {
            conditions.add(ColumnSpec.condition(key, label, field, type, required, allowed, help));
            return this;
        }

        public Builder action(String key, String label, ColumnType type, boolean required, String help,
                              List<String> allowed) {
            actions.add(ColumnSpec.action(key, label, type, required, allowed, help));
            return this;
        }

        public TableSchema build() {
            if (packageName == null || lookupClass == null) {
                throw new IllegalStateException(name + ": package and lookup class are required");
            }
            return new TableSchema(this);
        }
    }
}
