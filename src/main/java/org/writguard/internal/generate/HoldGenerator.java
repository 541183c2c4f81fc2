package org.writguard.internal.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.topics.roster.RosterTable;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic detainer holds (and, in NDJSON, the encounters that led to them) grounded in the ICE roster: every
 * record names a real roster agency by id, in its state, under one of its agreements, after that agreement was
 * signed; the jail's time zone is its state's; release-eligibility days are drawn uniformly over the period, so
 * weekends, federal holidays and DST changes fall at the rates they do in a calendar; a share of the optional
 * facts is left unknown. Every id starts with {@code SYNTHETIC-}, so a record cannot pass for a real one.
 *
 * <p>Deterministic: record {@code i} depends only on the seed, {@code i}, the roster rows and the options, never
 * on the order or the number of records written.
 */
public final class HoldGenerator {
    /** Output layouts. */
    public enum Format { ndjson, holds_csv }

    /** First release-eligibility day drawn, unless an agreement was signed later. */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2023, 1, 1);
    /** Last release-eligibility day drawn. */
    public static final LocalDate DEFAULT_TO = LocalDate.of(2026, 9, 30);
    /** Default share of each optional fact left unknown. */
    public static final double DEFAULT_UNKNOWN_SHARE = 0.08;
    /** Share of NDJSON records that carry the encounter (a stop) that led to the hold. */
    static final double ENCOUNTER_SHARE = 0.6;

    /** The holds CSV columns written (HoldsCsvFormat reads any order). */
    public static final List<String> CSV_COLUMNS = List.of("as_of", "agency_id", "hold_id", "person_id", "facility_id",
            "facility_state", "facility_tz", "custody_basis_before", "release_trigger", "release_eligible_at",
            "hold_started_at", "hold_ended_at", "hold_end_reason", "detainer.received_at", "detainer.form",
            "detainer.box_checked", "detainer.accompanied_by", "detainer.warrant_signed", "detainer.pc_basis",
            "detainer.issued_by", "detainer.served_on_subject", "detainer.form_excludes_weekends_holidays");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One agreement of the roster: where a record is set. */
    public record Agreement(String agencyId, String state, String model, LocalDate signed) { }

    private final List<Agreement> agreements;
    private final long seed;
    private final double unknownShare;
    private final LocalDate from;
    private final LocalDate to;

    public HoldGenerator(List<Agreement> agreements, long seed, double unknownShare, LocalDate from, LocalDate to) {
        if (agreements.isEmpty()) throw new IllegalArgumentException("the roster has no agreements");
        if (unknownShare < 0 || unknownShare > 1) throw new IllegalArgumentException("unknown share must be 0 to 1");
        if (to.isBefore(from)) throw new IllegalArgumentException("the period ends before it starts");
        List<Agreement> usable = new ArrayList<>();
        for (Agreement a : agreements) {
            if (!a.signed().isAfter(to) && StateZones.zone(a.state()) != null) usable.add(a);
        }
        if (usable.isEmpty()) throw new IllegalArgumentException("no roster agreement was signed by " + to);
        usable.sort(Comparator.comparing(Agreement::agencyId).thenComparing(Agreement::model));
        this.agreements = List.copyOf(usable);
        this.seed = seed;
        this.unknownShare = unknownShare;
        this.from = from;
        this.to = to;
    }

    /** The agreements of a loaded roster table (decision-tables/roster/agreements.drl.xlsx). */
    public static List<Agreement> agreements(LoadedTable roster) {
        List<Agreement> list = new ArrayList<>();
        for (TableRow r : roster.rows()) {
            list.add(new Agreement(r.get(RosterTable.AGENCY_ID), r.get(RosterTable.STATE), r.get(RosterTable.MODEL),
                    LocalDate.parse(r.get(RosterTable.SIGNED))));
        }
        return list;
    }

    public int agreementCount() { return agreements.size(); }

    /** The state of an NDJSON record's synthetic world: the case as a JSON tree. */
    public ObjectNode record(long i, boolean withEncounter) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, i));
        Agreement a = agreements.get(rnd.nextInt(agreements.size()));
        ZoneId zone = StateZones.zone(a.state());
        String id = "SYNTHETIC-" + Long.toUnsignedString(seed, 36) + "-" + i;

        LocalDate first = a.signed().isAfter(from) ? a.signed() : from;
        long days = to.toEpochDay() - first.toEpochDay() + 1;
        LocalDate day = LocalDate.ofEpochDay(first.toEpochDay() + rnd.nextLong(days));
        ZonedDateTime eligible = ZonedDateTime.of(LocalDateTime.of(day, releaseTime(rnd)), zone);
        double hours = holdHours(rnd);
        ZonedDateTime ended = eligible.plusSeconds(Math.round(hours * 3600) / 60 * 60);
        String endReason = pick(rnd, new String[] {"ICE_ASSUMED_CUSTODY", "RELEASED", "DETAINER_CANCELLED", "STILL_HELD"},
                new double[] {0.80, 0.10, 0.05, 0.05});
        boolean ongoing = endReason.equals("STILL_HELD");
        ZonedDateTime asOf = ongoing ? ended : ended.plusHours(24 + rnd.nextInt(60 * 24));

        ObjectNode root = F.objectNode();
        root.put("as_of", ISO.format(asOf.toOffsetDateTime()));
        ObjectNode hold = F.objectNode();
        hold.put("hold_id", id + "-h");
        hold.put("person_id", id + "-p");
        hold.put("agency_id", a.agencyId());
        hold.put("facility_id", id + "-jail");
        hold.put("facility_state", a.state());
        hold.put("facility_tz", zone.getId());
        hold.put("custody_basis_before", pick(rnd, new String[] {"PRETRIAL", "SENTENCE", "ARREST_PRE_BOOKING", "OTHER"},
                new double[] {0.60, 0.30, 0.05, 0.05}));
        maybe(rnd, hold, "release_trigger", pick(rnd, new String[] {"BOND_POSTED", "CHARGES_DISMISSED", "SENTENCE_COMPLETE",
                "RELEASE_ORDERED", "ROR", "OTHER"}, new double[] {0.40, 0.15, 0.25, 0.08, 0.10, 0.02}));
        maybe(rnd, hold, "release_eligible_at", iso(eligible));
        ObjectNode det = F.objectNode();
        ZonedDateTime received = eligible.minusMinutes(30 + rnd.nextInt(14 * 24 * 60));
        maybe(rnd, det, "received_at", iso(received));
        det.put("form", pick(rnd, new String[] {"I247A", "I247_LEGACY", "I247D", "I247N", "OTHER"},
                new double[] {0.88, 0.04, 0.03, 0.03, 0.02}));
        det.put("box_checked", pick(rnd, new String[] {"BOX1_DETAIN", "NOTIFY_ONLY", "UNKNOWN"}, new double[] {0.85, 0.10, 0.05}));
        maybe(rnd, det, "accompanied_by", pick(rnd, new String[] {"I200", "I205", "NONE"}, new double[] {0.70, 0.20, 0.10}));
        maybeBool(rnd, det, "warrant_signed", rnd.nextDouble() < 0.9);
        maybe(rnd, det, "pc_basis", pick(rnd, new String[] {"FINAL_ORDER", "PENDING_PROCEEDINGS", "BIOMETRIC_MATCH_WITH_RECORDS",
                "STATEMENTS_TO_ICE", "DB_NO_MATCH_FOREIGN_BIRTH", "INVESTIGATION_INITIATED", "UNKNOWN"},
                new double[] {0.25, 0.25, 0.25, 0.08, 0.07, 0.05, 0.05}));
        det.put("issued_by", a.model().equals("JEM") && rnd.nextDouble() < 0.3 ? "OFFICER_287G" : "ICE");
        maybeBool(rnd, det, "served_on_subject", rnd.nextDouble() < 0.6);
        maybeBool(rnd, det, "form_excludes_weekends_holidays", rnd.nextDouble() < 0.15);
        hold.set("detainer", det);
        maybe(rnd, hold, "hold_started_at", iso(eligible));
        if (!ongoing) maybe(rnd, hold, "hold_ended_at", iso(ended));
        hold.put("hold_end_reason", endReason);

        if (withEncounter && rnd.nextDouble() < ENCOUNTER_SHARE) {
            ObjectNode enc = encounter(rnd, a, zone, id, received, agencyEthnicityShare(a.agencyId()));
            root.putArray("encounters").add(enc);
            hold.put("arrest_encounter_id", id + "-e");
        }
        root.putArray("holds").add(hold);
        return root;
    }

    private ObjectNode encounter(SplittableRandom rnd, Agreement a, ZoneId zone, String id, ZonedDateTime before,
                                 double ethnicityShare) {
        ZonedDateTime start = before.minusMinutes(60 + rnd.nextInt(20 * 24 * 60));
        ObjectNode e = F.objectNode();
        e.put("encounter_id", id + "-e");
        e.put("agency_id", a.agencyId());
        e.put("person_id", id + "-p");
        e.put("state", a.state());
        e.put("location_type", pick(rnd, new String[] {"ROADSIDE", "STREET_PUBLIC", "WORKPLACE", "LEA_JAIL"},
                new double[] {0.70, 0.15, 0.05, 0.10}));
        e.put("started_at", iso(start));
        e.put("initial_basis", pick(rnd, new String[] {"TRAFFIC_INFRACTION", "CRIMINAL_RS", "CRIMINAL_PC", "CRIMINAL_WARRANT"},
                new double[] {0.65, 0.15, 0.12, 0.08}));
        if (rnd.nextDouble() >= unknownShare) {
            ArrayNode factors = e.putArray("suspicion_factors");
            if (rnd.nextDouble() < ethnicityShare) factors.add("APPARENT_ETHNICITY");
            String[] others = {"LANGUAGE_OR_ACCENT", "NO_ID", "FOREIGN_ID", "ADMISSION_OF_STATUS", "DB_RECORD_MATCH",
                    "PRIOR_REMOVAL_RECORD", "OTHER_ARTICULABLE"};
            for (String f : others) if (rnd.nextDouble() < 0.15) factors.add(f);
        } else {
            e.putNull("suspicion_factors");
        }
        ObjectNode inquiry = e.putObject("immigration_inquiry");
        inquiry.put("made", true);
        inquiry.put("started_at", iso(start.plusMinutes(5 + rnd.nextInt(40))));
        inquiry.putArray("kinds").add("QUESTIONING").add(rnd.nextBoolean() ? "DB_QUERY" : "ICE_CALL");
        ObjectNode arrest = e.putObject("arrest");
        arrest.put("type", "CRIMINAL");
        arrest.put("at", iso(start.plusMinutes(20 + rnd.nextInt(120))));
        arrest.put("admin_warrant_form", "NONE");
        return e;
    }

    /** The agency's own rate of stops resting on apparent ethnicity: fixed per agency and seed, 2 % to 35 %. */
    double agencyEthnicityShare(String agencyId) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, agencyId.hashCode()));
        return 0.02 + 0.33 * r.nextDouble() * r.nextDouble();
    }

    /** The holds CSV header row. */
    public static String csvHeader() { return String.join(",", CSV_COLUMNS); }

    /** One record as a holds CSV row (the encounter is not part of that layout). */
    public String csvRow(long i) {
        ObjectNode root = record(i, false);
        ObjectNode hold = (ObjectNode) root.get("holds").get(0);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < CSV_COLUMNS.size(); c++) {
            String col = CSV_COLUMNS.get(c);
            var node = col.equals("as_of") ? root.get("as_of")
                    : col.startsWith("detainer.") ? hold.get("detainer").get(col.substring(9)) : hold.get(col);
            if (c > 0) sb.append(',');
            if (node != null && !node.isNull()) sb.append(csvCell(node.asText()));
        }
        return sb.toString();
    }

    static String csvCell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Writes records 0..count-1. */
    public void write(Writer out, long count, Format format) throws IOException {
        if (format == Format.holds_csv) out.write(csvHeader() + "\n");
        for (long i = 0; i < count; i++) {
            if (format == Format.holds_csv) {
                out.write(csvRow(i));
            } else {
                out.write(JSON.writeValueAsString(record(i, true)));
            }
            out.write('\n');
        }
    }

    /** What the sidecar file says about a generated file. */
    public Map<String, Object> about(long count, Format format, String rosterFile, String rosterSha256) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("synthetic", true);
        m.put("notice", "SYNTHETIC records made by `writguard generate holds` for testing at scale. No record is a real"
                + " person, hold or encounter; only the agency ids, states and 287(g) models come from the ICE roster.");
        m.put("generator", "writguard generate holds");
        m.put("seed", seed);
        m.put("count", count);
        m.put("format", format.name());
        m.put("unknown_share", unknownShare);
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", from.toString());
        period.put("to", to.toString());
        m.put("period", period);
        Map<String, Object> roster = new LinkedHashMap<>();
        roster.put("file", rosterFile);
        roster.put("sha256", rosterSha256);
        roster.put("agreements_used", agreements.size());
        m.put("roster", roster);
        return m;
    }

    /** Release times: bonds and court releases cluster in the working day, but a jail releases around the clock. */
    private static LocalTime releaseTime(SplittableRandom rnd) {
        int hour = rnd.nextDouble() < 0.7 ? 8 + rnd.nextInt(10) : rnd.nextInt(24);
        return LocalTime.of(hour, rnd.nextInt(4) * 15);
    }

    /** Hours from release eligibility to the end of the hold: most within two days, a tail of over-holds. */
    private static double holdHours(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.55) return 0.5 + rnd.nextDouble() * 23.5;
        if (u < 0.80) return 24 + rnd.nextDouble() * 24;
        if (u < 0.95) return 48 + rnd.nextDouble() * 48;
        return 96 + rnd.nextDouble() * 240;
    }

    private void maybe(SplittableRandom rnd, ObjectNode n, String field, String value) {
        if (rnd.nextDouble() >= unknownShare) n.put(field, value);
    }

    private void maybeBool(SplittableRandom rnd, ObjectNode n, String field, boolean value) {
        if (rnd.nextDouble() >= unknownShare) n.put(field, value);
    }

    private static String pick(SplittableRandom rnd, String[] values, double[] weights) {
        double u = rnd.nextDouble();
        double acc = 0;
        for (int k = 0; k < values.length; k++) {
            acc += weights[k];
            if (u < acc) return values[k];
        }
        return values[values.length - 1];
    }

    private static String iso(ZonedDateTime t) {
        OffsetDateTime o = t.toOffsetDateTime();
        return ISO.format(o);
    }

    /** SplitMix64 of seed and index: independent streams per record. */
    static long mix(long seed, long i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
