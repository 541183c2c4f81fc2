package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.Tri;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Severity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A hold or an encounter whose violations may ground a damages or injunction claim (F29 § 1983, F30
 * FTCA/federal color; DOMAIN.md 7-E and 8.5). Knows which findings concern it and how the delegation for
 * its acts stands.
 */
public final class LiabilityTarget {
    /** The F29/F30 trigger list (DOMAIN.md 7-E); F13 counts only as REGULATORY, F24 only as SOLE_OR_PREDOMINANT. */
    static final Set<FindingCode> TRIGGERS = EnumSet.of(FindingCode.CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY,
            FindingCode.DETAINER_HOLD_EXCEEDS_48H, FindingCode.POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H,
            FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION,
            FindingCode.STATE_LAW_PROHIBITS_ACTION, FindingCode.STATE_LAW_NO_CIVIL_ARREST_AUTHORITY,
            FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, FindingCode.ETHNICITY_BASED_SUSPICION_RISK,
            FindingCode.HOME_ENTRY_ON_ADMIN_WARRANT);
    /** No agreement or no certification: no delegation at all, so § 1983 only (DOMAIN.md 8.5). */
    static final Set<FindingCode> NO_DELEGATION = EnumSet.of(FindingCode.MOA_NOT_IN_EFFECT,
            FindingCode.OFFICER_NOT_CERTIFIED);
    /** Lapse, scope, place or state prohibition: federal color uncertain, so both paths [U] (DOMAIN.md 8.5). */
    static final Set<FindingCode> DEFECTIVE = EnumSet.of(FindingCode.OFFICER_AUTHORIZATION_LAPSED,
            FindingCode.MOA_FUNCTION_OUT_OF_SCOPE, FindingCode.FIELD_ENFORCEMENT_UNDER_JAIL_ONLY_MOA,
            FindingCode.STATE_LAW_PROHIBITS_287G_AGREEMENT);

    /** How the act stands under 8 U.S.C. § 1357(g)(8). */
    public enum Delegation {
        /** Not a 287(g) act at all (a jail holding on a detainer, a stop by an officer claiming no 287(g) power). */
        NOT_A_287G_ACT,
        /** Claimed under 287(g), but with no agreement in effect or no certification (F01/F02). */
        NO_DELEGATION,
        /** Delegated, but lapsed, out of scope or place, or barred by state law (F03/F04/F05/F20). */
        DEFECTIVE,
        /** Within a valid delegation. */
        VALID
    }

    String kind;
    String id;
    String agencyId;
    List<String> eventIds = List.of();
    List<String> moaIds = List.of();
    List<String> claimed287gEventIds = List.of();
    /** An agency-wide policy or custom of honoring detainers (Monell), from the hold or its agency. */
    Tri blanketPolicy = Tri.UNKNOWN;
    String blanketPolicyPath;
    LocalDate actDate;
    String actDatePath;
    /** DOMAIN.md 13.11/13.15: who the agency is, for Monell and the defendants that remain. */
    org.writguard.facts.AgencyType agencyType;
    String state;
    /** LAW_ENFORCEMENT (encounters and arrests) or JAIL (holds). */
    String function;
    /** LOCAL or STATE from the sheriff-capacity table (sheriffs only), and its row. */
    String sheriffCapacity;
    org.writguard.internal.tables.RowHit sheriffRow;

    public static final String OFFICERS = "OFFICERS_INDIVIDUAL_CAPACITY";
    public static final String LOCAL_GOVERNMENT = "LOCAL_GOVERNMENT_MONELL";
    public static final String STATE_OFFICIALS = "STATE_OFFICIALS_PROSPECTIVE_RELIEF_EX_PARTE_YOUNG";

    /** Whether the agency is a local government for Monell (DOMAIN.md 13.11): yes, no, or unknown (null). */
    public Boolean getLocalGovernment() {
        if (agencyType == null) return null;
        switch (agencyType) {
            case MUNICIPAL_POLICE: case COUNTY_CORRECTIONS: return Boolean.TRUE;
            case SHERIFF: return sheriffCapacity == null ? Boolean.TRUE : "LOCAL".equals(sheriffCapacity);
            default: return Boolean.FALSE;
        }
    }

    /** DOMAIN.md 13.11: the defendants that remain for § 1983, in every F29. */
    public List<String> defendants(boolean monell) {
        List<String> d = new java.util.ArrayList<>();
        d.add(OFFICERS);
        if (monell) d.add(LOCAL_GOVERNMENT);
        if (Boolean.FALSE.equals(getLocalGovernment()) && agencyType != org.writguard.facts.AgencyType.OTHER) d.add(STATE_OFFICIALS);
        return d;
    }

    /** Why no Monell variant although a blanket policy is recorded, or null when Monell applies or is not in issue. */
    public String noMonellReason() {
        if (agencyType == null) return "The agency's type is not recorded, so whether it is a local government that Monell"
                + " reaches cannot be told; the MONELL_POLICY variant is not given.";
        switch (agencyType) {
            case STATE_POLICE: case STATE_DOC:
                return "A State and its agencies are not \"persons\" under § 1983 (Will v. Michigan Dep't of State Police,"
                        + " 491 U.S. 58 (1989)): no Monell claim; officers may be sued personally (qualified immunity"
                        + " applies) and state officials for prospective relief only (Ex parte Young, 209 U.S. 123 (1908)).";
            case OTHER:
                return "The agency's type is OTHER, so whether it is a local government that Monell reaches is not known;"
                        + " no MONELL_POLICY variant is given.";
            case SHERIFF:
                if ("STATE".equals(sheriffCapacity)) {
                    return "In " + state + " the sheriff acts for the State in " + ("JAIL".equals(function) ? "jail operations"
                            : "law enforcement") + " (McMillian v. Monroe County, 520 U.S. 781 (1997); see the"
                            + " sheriff-capacity table), so there is no Monell claim against the county for it; officers may"
                            + " be sued personally and state officials for prospective relief (Ex parte Young).";
                }
                return null;
            default:
                return null;
        }
    }

    public org.writguard.internal.tables.RowHit getSheriffRow() { return sheriffRow; }
    public String getSheriffCapacity() { return sheriffCapacity; }

    public String getKind() { return kind; }
    public String getId() { return id; }
    public String getAgencyId() { return agencyId; }
    public List<String> getEventIds() { return eventIds; }
    public boolean isHold() { return "HOLD".equals(kind); }
    public Tri getBlanketPolicy() { return blanketPolicy; }
    public String getBlanketPolicyPath() { return blanketPolicyPath; }
    public LocalDate getActDate() { return actDate; }
    public String getActDatePath() { return actDatePath; }

    /** Whether a finding is about this hold or encounter (or one of the encounter's function events). */
    public boolean concerns(Finding f) {
        if (f.getSubjectId() == null) return false;
        String k = f.getSubjectKind();
        if (kind.equals(k) && id.equals(f.getSubjectId())) return true;
        return "EVENT".equals(k) && eventIds.contains(f.getSubjectId());
    }

    /** A finding that can ground F29/F30 (with the variant limits of the trigger list). */
    public static boolean isTrigger(Finding f) {
        if (!f.isFired() || !TRIGGERS.contains(f.getCode())) return false;
        if (f.getCode() == FindingCode.DETAINER_HOLD_EXCEEDS_48H) return "REGULATORY".equals(f.getVariant());
        if (f.getCode() == FindingCode.ETHNICITY_BASED_SUSPICION_RISK) return "SOLE_OR_PREDOMINANT".equals(f.getVariant());
        return true;
    }

    /** A delegation defect (F01-F05 on this target's events, F20 on its agency or agreements). */
    public boolean isDefect(Finding f) {
        if (!f.isFired()) return false;
        FindingCode c = f.getCode();
        if (c == FindingCode.OFFICER_AUTHORIZATION_LAPSED && f.getSeverity() != Severity.HIGH) {
            return false; // an overdue JEM/WSO refresher is a policy gap, not a loss of authority
        }
        if (NO_DELEGATION.contains(c) || (DEFECTIVE.contains(c) && c != FindingCode.STATE_LAW_PROHIBITS_287G_AGREEMENT)) {
            return concerns(f);
        }
        if (c == FindingCode.STATE_LAW_PROHIBITS_287G_AGREEMENT) {
            return concerns(f) || (agencyId != null && agencyId.equals(f.getSubjectId()))
                    || moaIds.contains(f.getSubjectId());
        }
        return false;
    }

    /**
     * DOMAIN.md 8.5 exclusivity: holds on a detainer by jail staff are not a delegated function (scenario 1);
     * a post-transfer hold past the MOA's limit is a custody function beyond the agreement's terms.
     */
    public Delegation delegation(List<Finding> triggers, List<Finding> defects) {
        if (isHold()) {
            boolean postTransfer = triggers.stream().anyMatch(f -> f.getCode() == FindingCode.POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H);
            return postTransfer ? Delegation.DEFECTIVE : Delegation.NOT_A_287G_ACT;
        }
        if (defects.stream().anyMatch(f -> NO_DELEGATION.contains(f.getCode()))) return Delegation.NO_DELEGATION;
        if (claimed287gEventIds.isEmpty()) return Delegation.NOT_A_287G_ACT;
        if (!defects.isEmpty()) return Delegation.DEFECTIVE;
        return Delegation.VALID;
    }

    /**
     * What makes the delegation defective, for {@code computed.defects}: the defect findings, and for a hold past
     * the agreement's post-transfer limit the F14 trigger itself (the custody function beyond the MOA's terms), so
     * a DEFECTIVE delegation never reads with an empty list (issue 19 item 7).
     */
    public List<String> defectsFor(Delegation d, List<Finding> triggers, List<Finding> defects) {
        List<Finding> all = new java.util.ArrayList<>(defects);
        if (d == Delegation.DEFECTIVE && isHold()) {
            for (Finding f : triggers) {
                if (f.getCode() == FindingCode.POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H && !all.contains(f)) all.add(f);
            }
        }
        return describe(all);
    }

    /** F19 supports state-law claims, not § 1983 by itself (DOMAIN.md 7-E F29 note). */
    public static boolean onlyStateLaw(List<Finding> triggers) {
        return triggers.stream().allMatch(LiabilityTarget::isStateLaw);
    }

    /** F19 and F21 are state law: alone they do not make a § 1983 claim (DOMAIN.md 13.15, Virginia v. Moore). */
    public static boolean isStateLaw(Finding f) {
        return f.getCode() == FindingCode.STATE_LAW_PROHIBITS_ACTION || f.getCode() == FindingCode.STATE_LAW_NO_CIVIL_ARREST_AUTHORITY;
    }

    /** The triggers that are federal violations (everything but F19 and F21). */
    public static List<Finding> federal(List<Finding> triggers) {
        return triggers.stream().filter(f -> !isStateLaw(f)).toList();
    }

    /** The state-law triggers (F19, F21), listed as state-law claims. */
    public static List<Finding> stateLaw(List<Finding> triggers) {
        return triggers.stream().filter(LiabilityTarget::isStateLaw).toList();
    }

    /** Codes and variants, for {@code computed.triggers}. */
    public static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.getCode().getNumber() + " " + f.getCode().name()
                + (f.getVariant() == null ? "" : "/" + f.getVariant())
                + " (" + f.getSubjectKind().toLowerCase() + " " + f.getSubjectId() + ")").distinct().toList();
    }
}
