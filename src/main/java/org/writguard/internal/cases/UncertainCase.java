package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.writguard.facts.CaseFile;
import org.writguard.facts.DateUncertainty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case some of whose dates are known only in part, expanded into its readings (DOMAIN.md 13.5): each uncertain
 * date at its earliest or its latest moment, and at every exact date of the case inside its interval (with the
 * moments just before and after, {@link PartialDates#candidates}); every combination for up to {@link #MAX_FACTS}
 * dates and {@link #MAX_READINGS} readings, only "all earliest" and "all latest" beyond that (the engine then
 * reports UNDETERMINED).
 * A reading that breaks the case's own order of events (an end before its start, an interview before the
 * filing) is not admissible and is dropped; when none is left the case is an input error. Each reading is an
 * exact case, read, linked and validated by the same reader as any other.
 */
final class UncertainCase implements DateUncertainty {
    private final CaseReader reader;
    private final String file;
    private final String prefix;
    private final List<String> fields;
    private final List<String> written;
    private final boolean exhaustive;
    private final long needed;
    private final int discarded;
    private final List<JsonNode> trees;
    private final List<int[]> choices;
    /**
     * The readings bound while checking them in {@link #read} (all but the first, which is the caller's case), handed
     * to the first {@link #getReadings} instead of being bound again (issue 17: binding was a tenth of an uncertain
     * case's cost). Taken once; softly held, so a case read and kept unassessed costs no heap the collector needs.
     */
    private final java.util.concurrent.atomic.AtomicReference<java.lang.ref.SoftReference<List<CaseFile>>> spare;

    private UncertainCase(CaseReader reader, String file, String prefix, List<PartialDates.Uncertain> uncertain,
            boolean exhaustive, long needed, int discarded, List<JsonNode> trees, List<int[]> choices, List<CaseFile> bound) {
        this.reader = reader;
        this.file = file;
        this.prefix = prefix;
        this.fields = uncertain.stream().map(PartialDates.Uncertain::path).toList();
        this.written = uncertain.stream().map(PartialDates.Uncertain::written).toList();
        this.exhaustive = exhaustive;
        this.needed = needed;
        this.discarded = discarded;
        this.trees = List.copyOf(trees);
        this.choices = List.copyOf(choices);
        this.spare = new java.util.concurrent.atomic.AtomicReference<>(new java.lang.ref.SoftReference<>(bound));
    }

    /** Reads a case tree with partial dates: the first admissible reading, carrying all of them. */
    static CaseFile read(CaseReader reader, JsonNode tree, PartialDates.Found found, String file, String prefix) {
        JsonNode base = tree.deepCopy();
        List<PartialDates.Uncertain> uncertain = new ArrayList<>();
        for (PartialDates.Uncertain u : found.uncertain()) {
            if (u.exact()) {
                set(base, u.pointer(), u.lowerText()); // an interval of one moment is that moment
            } else {
                uncertain.add(u);
            }
        }
        if (uncertain.isEmpty()) return reader.bindExact(base, file, prefix);
        int n = uncertain.size();
        List<List<Object>> moments = new ArrayList<>();
        long needed = 1;
        for (PartialDates.Uncertain u : uncertain) {
            List<Object> c = PartialDates.candidates(u, found.points());
            moments.add(c);
            needed = Math.min(needed * c.size(), Long.MAX_VALUE / 1024);
        }
        boolean exhaustive = n <= MAX_FACTS && needed <= MAX_READINGS;
        List<int[]> candidates = new ArrayList<>();
        if (exhaustive) {
            int[] choice = new int[n];
            while (true) {
                candidates.add(choice.clone());
                int i = 0;
                while (i < n && ++choice[i] == moments.get(i).size()) choice[i++] = 0;
                if (i == n) break;
            }
        } else {
            int[] high = new int[n];
            for (int i = 0; i < n; i++) high[i] = moments.get(i).size() - 1;
            candidates.add(new int[n]);
            candidates.add(high);
        }
        List<JsonNode> trees = new ArrayList<>();
        List<int[]> choices = new ArrayList<>();
        List<CaseFile> bound = new ArrayList<>();
        CaseFile first = null;
        CaseInputException firstError = null;
        Set<String> problems = new LinkedHashSet<>();
        for (int[] choice : candidates) {
            JsonNode t = base.deepCopy();
            // Anchored ones last: {occurred: true} starts no earlier than its anchor in the same reading.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    PartialDates.Uncertain u = uncertain.get(i);
                    if ((u.anchor() != null) != (pass == 1)) continue;
                    String value;
                    if (choice[i] == 0) {
                        JsonNode a = u.anchor() == null ? null : t.at(u.anchor());
                        value = u.lowerText(a != null && a.isTextual() ? a.textValue().strip() : null);
                    } else {
                        value = moments.get(i).get(choice[i]).toString();
                    }
                    set(t, u.pointer(), value);
                }
            }
            try {
                CaseFile c = reader.bindExact(t, file, prefix);
                // The first admissible reading is the case itself (the caller's); the others nobody holds yet.
                bound.add(first == null ? null : c);
                if (first == null) first = c;
                trees.add(t);
                choices.add(choice);
            } catch (CaseInputException e) {
                if (firstError == null) firstError = e;
                problems.add(e.getField() + ": " + e.getProblem());
            }
        }
        if (first == null) {
            if (problems.size() == 1) throw firstError; // the same problem whatever the dates: not theirs
            throw new CaseInputException(file, firstError.getField(), firstError.getProblem() + "; no reading of the"
                    + " uncertain dates (" + String.join(", ", uncertain.stream().map(PartialDates.Uncertain::path)
                    .toList()) + ") is consistent with the rest of the case");
        }
        first.setDateUncertainty(new UncertainCase(reader, file, prefix, uncertain, exhaustive, needed,
                candidates.size() - trees.size(), trees, choices, bound));
        return first;
    }

    private static void set(JsonNode root, JsonPointer ptr, String value) {
        JsonNode parent = root.at(ptr.head());
        JsonPointer last = ptr.last();
        if (parent instanceof ObjectNode o) {
            o.put(last.getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(last.getMatchingIndex(), a.textNode(value));
        } else {
            throw new IllegalStateException("no container at " + ptr.head());
        }
    }

    @Override
    public List<String> getFields() {
        return fields;
    }

    @Override
    public List<String> getWritten() {
        return written;
    }

    @Override
    public boolean isExhaustive() {
        return exhaustive;
    }

    @Override
    public long getReadingsNeeded() {
        return needed;
    }

    @Override
    public int getDiscarded() {
        return discarded;
    }

    @Override
    public List<Reading> getReadings() {
        java.lang.ref.SoftReference<List<CaseFile>> ref = spare.getAndSet(null);
        List<CaseFile> ready = ref == null ? null : ref.get();
        List<Reading> out = new ArrayList<>(trees.size());
        for (int i = 0; i < trees.size(); i++) {
            CaseFile c = ready == null ? null : ready.get(i);
            out.add(new Reading(c != null ? c : reader.bindExact(trees.get(i), file, prefix), choices.get(i).clone()));
        }
        return out;
    }
}
