package org.writguard.cases;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.writguard.facts.CaseFile;
import org.writguard.facts.DateUncertainty;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case some of whose dates are known only in part, expanded into its corner readings (DOMAIN.md 13.5): each
 * uncertain date at its earliest or its latest moment, every combination for up to {@link #MAX_FACTS} dates
 * (2^6 = 64 readings), only "all earliest" and "all latest" beyond that (the engine then reports UNDETERMINED).
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
    private final int discarded;
    private final List<JsonNode> trees;
    private final List<BitSet> masks;

    private UncertainCase(CaseReader reader, String file, String prefix, List<PartialDates.Uncertain> uncertain,
            boolean exhaustive, int discarded, List<JsonNode> trees, List<BitSet> masks) {
        this.reader = reader;
        this.file = file;
        this.prefix = prefix;
        this.fields = uncertain.stream().map(PartialDates.Uncertain::path).toList();
        this.written = uncertain.stream().map(PartialDates.Uncertain::written).toList();
        this.exhaustive = exhaustive;
        this.discarded = discarded;
        this.trees = List.copyOf(trees);
        this.masks = List.copyOf(masks);
    }

    /** Reads a case tree with partial dates: the first admissible reading, carrying all of them. */
    static CaseFile read(CaseReader reader, JsonNode tree, List<PartialDates.Uncertain> all, String file, String prefix) {
        JsonNode base = tree.deepCopy();
        List<PartialDates.Uncertain> uncertain = new ArrayList<>();
        for (PartialDates.Uncertain u : all) {
            if (u.exact()) {
                set(base, u.pointer(), u.lowerText()); // an interval of one moment is that moment
            } else {
                uncertain.add(u);
            }
        }
        if (uncertain.isEmpty()) return reader.bindExact(base, file, prefix);
        int n = uncertain.size();
        boolean exhaustive = n <= MAX_FACTS;
        List<BitSet> candidates = new ArrayList<>();
        if (exhaustive) {
            for (long m = 0; m < (1L << n); m++) candidates.add(BitSet.valueOf(new long[] {m}));
        } else {
            BitSet high = new BitSet(n);
            high.set(0, n);
            candidates.add(new BitSet(n));
            candidates.add(high);
        }
        List<JsonNode> trees = new ArrayList<>();
        List<BitSet> masks = new ArrayList<>();
        CaseFile first = null;
        CaseInputException firstError = null;
        Set<String> problems = new LinkedHashSet<>();
        for (BitSet mask : candidates) {
            JsonNode t = base.deepCopy();
            // Anchored ones last: {occurred: true} starts no earlier than its anchor in the same reading.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    PartialDates.Uncertain u = uncertain.get(i);
                    if ((u.anchor() != null) != (pass == 1)) continue;
                    JsonNode a = u.anchor() == null ? null : t.at(u.anchor());
                    String anchorText = a != null && a.isTextual() ? a.textValue().strip() : null;
                    set(t, u.pointer(), mask.get(i) ? u.upperText() : u.lowerText(anchorText));
                }
            }
            try {
                CaseFile c = reader.bindExact(t, file, prefix);
                if (first == null) first = c;
                trees.add(t);
                masks.add(mask);
            } catch (CaseInputException e) {
                if (firstError == null) firstError = e;
                problems.add(e.field() + ": " + e.problem());
            }
        }
        if (first == null) {
            if (problems.size() == 1) throw firstError; // the same problem whatever the dates: not theirs
            throw new CaseInputException(file, firstError.field(), firstError.problem() + "; no reading of the"
                    + " uncertain dates (" + String.join(", ", uncertain.stream().map(PartialDates.Uncertain::path)
                    .toList()) + ") is consistent with the rest of the case");
        }
        first.setDateUncertainty(new UncertainCase(reader, file, prefix, uncertain, exhaustive,
                candidates.size() - trees.size(), trees, masks));
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
    public List<String> fields() {
        return fields;
    }

    @Override
    public List<String> written() {
        return written;
    }

    @Override
    public boolean exhaustive() {
        return exhaustive;
    }

    @Override
    public int discarded() {
        return discarded;
    }

    @Override
    public List<Reading> readings() {
        List<Reading> out = new ArrayList<>(trees.size());
        for (int i = 0; i < trees.size(); i++) {
            out.add(new Reading(reader.bindExact(trees.get(i), file, prefix), (BitSet) masks.get(i).clone()));
        }
        return out;
    }
}
