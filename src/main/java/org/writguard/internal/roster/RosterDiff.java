package org.writguard.internal.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What changed between two roster snapshots, keyed by (agencyId, model).
 *
 * <p>For a key present on both sides, agreements with the same signed date pair up first; the rest
 * pair up in signed-date order and count as changed; what is left over is added or removed. So
 * {@code added - removed == newOne.agreementsWritten() - oldOne.agreementsWritten()} always holds.
 *
 * @param oldSource file the old snapshot came from
 * @param newSource file the new snapshot came from
 * @param added     in the new snapshot only, in roster order
 * @param removed   in the old snapshot only, in roster order
 * @param changed   same key, different signed date or agency name, in roster order
 */
public record RosterDiff(
        String oldSource,
        String newSource,
        List<RosterAgreement> added,
        List<RosterAgreement> removed,
        List<Change> changed) {

    /** What differs between a before and an after agreement of one key. */
    public enum Field {
        SIGNED_ON, AGENCY_NAME
    }

    /**
     * One agreement whose key persists but whose signed date or agency name differs.
     *
     * @param fields the fields that differ, in {@link Field} order
     */
    public record Change(RosterAgreement before, RosterAgreement after, List<Field> fields) {
        public Change {
            fields = List.copyOf(fields);
        }

        public String agencyId() {
            return after.agencyId();
        }

        public String model() {
            return after.model();
        }
    }

    public RosterDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public static RosterDiff diff(RosterImport oldOne, RosterImport newOne) {
        Map<String, List<RosterAgreement>> before = byKey(oldOne.agreements());
        Map<String, List<RosterAgreement>> after = byKey(newOne.agreements());
        List<RosterAgreement> added = new ArrayList<>();
        List<RosterAgreement> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
            List<RosterAgreement> olds = new ArrayList<>(before.getOrDefault(key, List.of()));
            List<RosterAgreement> news = new ArrayList<>(after.getOrDefault(key, List.of()));
            // Same signed date first: those are the same agreement, perhaps with a renamed agency.
            for (var it = news.iterator(); it.hasNext(); ) {
                RosterAgreement n = it.next();
                RosterAgreement match = olds.stream()
                        .filter(o -> o.signedOn().equals(n.signedOn())).findFirst().orElse(null);
                if (match != null) {
                    olds.remove(match);
                    it.remove();
                    addChange(changed, match, n);
                }
            }
            int paired = Math.min(olds.size(), news.size());
            for (int i = 0; i < paired; i++) {
                addChange(changed, olds.get(i), news.get(i));
            }
            removed.addAll(olds.subList(paired, olds.size()));
            added.addAll(news.subList(paired, news.size()));
        }
        added.sort(IceRosterReader.ORDER);
        removed.sort(IceRosterReader.ORDER);
        changed.sort(Comparator.comparing(Change::after, IceRosterReader.ORDER));
        return new RosterDiff(oldOne.sourceFile(), newOne.sourceFile(), added, removed, changed);
    }

    private static void addChange(List<Change> changed, RosterAgreement before, RosterAgreement after) {
        List<Field> fields = new ArrayList<>();
        if (!before.signedOn().equals(after.signedOn())) {
            fields.add(Field.SIGNED_ON);
        }
        if (!Objects.equals(before.agencyName(), after.agencyName())) {
            fields.add(Field.AGENCY_NAME);
        }
        if (!fields.isEmpty()) {
            changed.add(new Change(before, after, fields));
        }
    }

    private static Map<String, List<RosterAgreement>> byKey(List<RosterAgreement> agreements) {
        Map<String, List<RosterAgreement>> map = new TreeMap<>();
        for (RosterAgreement a : agreements) {
            map.computeIfAbsent(a.agencyId() + "|" + a.model(), k -> new ArrayList<>()).add(a);
        }
        map.values().forEach(l -> l.sort(IceRosterReader.ORDER));
        return map;
    }

    /** For people: sections Added, Removed, Changed with counts; one line per agreement. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Roster diff: ").append(oldSource).append(" -> ").append(newSource).append('\n');
        out.append("Added (").append(added.size()).append(")\n");
        added.forEach(a -> out.append("  ").append(line(a)).append('\n'));
        out.append("Removed (").append(removed.size()).append(")\n");
        removed.forEach(a -> out.append("  ").append(line(a)).append('\n'));
        out.append("Changed (").append(changed.size()).append(")\n");
        for (Change c : changed) {
            out.append("  ").append(c.agencyId()).append("  ").append(c.model()).append("  ");
            if (c.fields().contains(Field.SIGNED_ON)) {
                out.append(c.before().signedOn()).append(" -> ").append(c.after().signedOn());
            } else {
                out.append(c.after().signedOn());
            }
            out.append("  ");
            if (c.fields().contains(Field.AGENCY_NAME)) {
                out.append('"').append(c.before().agencyName()).append("\" -> \"")
                        .append(c.after().agencyName()).append('"');
            } else {
                out.append(c.after().agencyName());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String line(RosterAgreement a) {
        return a.agencyId() + "  " + a.model() + "  " + a.signedOn() + "  " + a.agencyName();
    }

    /** The same content as {@link #toText()}, as pretty-printed JSON with snake_case keys. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("old_source", oldSource);
        root.put("new_source", newSource);
        ObjectNode counts = root.putObject("counts");
        counts.put("added", added.size());
        counts.put("removed", removed.size());
        counts.put("changed", changed.size());
        ArrayNode a = root.putArray("added");
        added.forEach(x -> agreement(a.addObject(), x));
        ArrayNode r = root.putArray("removed");
        removed.forEach(x -> agreement(r.addObject(), x));
        ArrayNode c = root.putArray("changed");
        for (Change ch : changed) {
            ObjectNode o = c.addObject();
            o.put("agency_id", ch.agencyId());
            o.put("model", ch.model());
            ArrayNode fields = o.putArray("changed_fields");
            ch.fields().forEach(f -> fields.add(f.name().toLowerCase(java.util.Locale.ROOT)));
            ObjectNode b = o.putObject("before");
            b.put("signed_on", ch.before().signedOn().toString());
            b.put("agency_name", ch.before().agencyName());
            b.put("source_row", ch.before().sourceRow());
            ObjectNode n = o.putObject("after");
            n.put("signed_on", ch.after().signedOn().toString());
            n.put("agency_name", ch.after().agencyName());
            n.put("source_row", ch.after().sourceRow());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render roster diff as JSON: " + e.getMessage(), e);
        }
    }

    private static void agreement(ObjectNode o, RosterAgreement a) {
        o.put("agency_id", a.agencyId());
        o.put("model", a.model());
        o.put("signed_on", a.signedOn().toString());
        o.put("agency_name", a.agencyName());
        o.put("source_row", a.sourceRow());
    }
}
