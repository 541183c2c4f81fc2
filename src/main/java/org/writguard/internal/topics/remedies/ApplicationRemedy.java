package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Application;
import org.writguard.facts.Circuit;
import org.writguard.facts.FormType;
import org.writguard.findings.Confidence;
import org.writguard.internal.tables.RowHit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benefit-delay rules (F31-F35, DOMAIN.md 7-F) need about one pending application, worked out
 * from the facts, the remedy tables and the analyst parameters. Unknown stays unknown ({@link Tracked}).
 */
public final class ApplicationRemedy {
    Application application;
    FormType form;
    Circuit circuit;
    LocalDate evaluationDate;
    boolean pending;

    // F31: 8 U.S.C. § 1447(b)
    Integer days1447b;
    Long daysSinceInterview;
    LocalDate ripeOn;
    Tri ripe = Tri.NO;
    Tracked notInRemoval = Tracked.no();
    List<String> ripeMissing = new ArrayList<>();

    // F32: pace of review
    String paceStatus;
    RowHit paceRow;
    /** The decision the pace row follows (issue 19 item 6), or null before the row is known. */
    org.writguard.internal.citations.ControllingDecision controlling;
    Confidence paceConfidence;
    List<String> paceMissing = new ArrayList<>();
    /** DOMAIN.md 13.15: the BARRED row is not verified, so it caps F32 and does not suppress F34. */
    boolean unverifiedBar;
    /** DOMAIN.md 13.9: decided without the circuit because every circuit answers alike. */
    boolean paceEverywhere;

    // F35: asylum timelines
    Long daysSinceFiling;
    Integer asylumInterviewDays;
    Integer asylumDecisionDays;
    boolean asylumInterviewGoalPassed;
    boolean asylumDecisionGoalPassed;
    List<String> asylumMissing = new ArrayList<>();

    // F33: TRAC
    boolean delayEvaluated;
    Long delayDays;
    Integer thresholdDays;
    String thresholdOrigin;
    String thresholdPath;
    TracScore trac;
    Tracked delayUnreasonable = Tracked.no();

    // F34: mandamus elements
    RowHit dutyRow;
    Tracked respondentFederal = Tracked.no();
    Tracked dutyToDecide = Tracked.no();
    Tracked clearRight = Tracked.no();
    Tracked objectiveAdjudicate = Tracked.no();
    Tracked elements = Tracked.no();
    final Map<String, RowHit> elementRows = new LinkedHashMap<>();
    RowHit inactionRow;
    RowHit naturalizationRow;
    boolean respondentBoth;

    public Application getApplication() { return application; }
    public String getApplicationId() { return application.getApplicationId(); }
    public String getPath() { return application.getPath(); }
    public String field(String name) { return application.field(name); }
    public FormType getForm() { return form; }
    public Circuit getCircuit() { return circuit; }
    public LocalDate getEvaluationDate() { return evaluationDate; }
    public boolean isPending() { return pending; }

    public boolean isN400() { return form == FormType.N400; }
    public boolean isAsylum() { return form == FormType.I589; }
    /** DOMAIN.md 7-F F34 item 4: after the N-400 interview only § 1447(b) governs the delay. */
    /** DOMAIN.md 13.6: a § 1447(b) suit has been filed (on or before the evaluation date). */
    public boolean isSuitPending() {
        java.time.LocalDate filed = application.getSection1447bSuitFiledOn();
        return isN400() && filed != null && (evaluationDate == null || !filed.isAfter(evaluationDate));
    }

    /** DOMAIN.md 13.6 and 13.16: Hovsepian (C9), Etape (C4) and Bustamante (C2) hold the court's jurisdiction exclusive. */
    public boolean isSuitPendingSettled() {
        return circuit == org.writguard.facts.Circuit.C2 || circuit == org.writguard.facts.Circuit.C4
                || circuit == org.writguard.facts.Circuit.C9;
    }

    public boolean isPostInterviewN400() { return isN400() && application.getInterviewOn() != null; }

    public Integer getDays1447b() { return days1447b; }
    public Long getDaysSinceInterview() { return daysSinceInterview; }
    public LocalDate getRipeOn() { return ripeOn; }
    public Tri getRipe() { return ripe; }
    public Tracked getNotInRemoval() { return notInRemoval; }
    public List<String> getRipeMissing() { return ripeMissing; }

    public String getPaceStatus() { return paceStatus; }
    public RowHit getPaceRow() { return paceRow; }
    /** Which decision controls the pace of review here, since when, and whether it binds (issue 19 item 6). */
    public org.writguard.internal.citations.ControllingDecision getControlling() { return controlling; }
    /** The controlling decision's sentence, or "" when no row was found. */
    public String getControllingSentence() { return controlling == null ? "" : " " + controlling.sentence(); }
    public Confidence getPaceConfidence() { return paceConfidence; }
    public List<String> getPaceMissing() { return paceMissing; }
    public boolean isPaceKnown() { return paceStatus != null; }
    public boolean isBarred() { return "BARRED".equals(paceStatus); }
    public boolean isUnverifiedBar() { return unverifiedBar; }
    public boolean isPaceEverywhere() { return paceEverywhere; }
    /** The pace of review turns on visa_number_available, which is unknown (DOMAIN.md 13.16). */
    public boolean isVisaMissing() { return paceMissing.stream().anyMatch(m -> m.endsWith("visa_number_available")); }
    /** "the C5", or "every circuit" when decided without one (DOMAIN.md 13.9). */
    public String getCircuitLabel() { return paceEverywhere ? "every circuit" : "the " + circuit; }
    public String getPaceHolding() { return paceRow == null ? null : paceRow.text(RemediesTables.HOLDING); }

    public Long getDaysSinceFiling() { return daysSinceFiling; }
    public Integer getAsylumInterviewDays() { return asylumInterviewDays; }
    public Integer getAsylumDecisionDays() { return asylumDecisionDays; }
    public boolean isAsylumInterviewGoalPassed() { return asylumInterviewGoalPassed; }
    public boolean isAsylumDecisionGoalPassed() { return asylumDecisionGoalPassed; }
    public boolean isAsylumGoalPassed() { return asylumInterviewGoalPassed || asylumDecisionGoalPassed; }
    public List<String> getAsylumMissing() { return asylumMissing; }

    public boolean isDelayEvaluated() { return delayEvaluated; }
    public Long getDelayDays() { return delayDays; }
    public Integer getThresholdDays() { return thresholdDays; }
    public String getThresholdOrigin() { return thresholdOrigin; }
    public String getThresholdPath() { return thresholdPath; }
    public TracScore getTrac() { return trac; }
    public Tracked getDelayUnreasonable() { return delayUnreasonable; }

    public RowHit getDutyRow() { return dutyRow; }
    public Tracked getRespondentFederal() { return respondentFederal; }
    public Tracked getDutyToDecide() { return dutyToDecide; }
    public Tracked getClearRight() { return clearRight; }
    public Tracked getObjectiveAdjudicate() { return objectiveAdjudicate; }
    /** Elements 1-3 and the objective of element 4, read from facts and tables (F31/F27/F33 are findings). */
    public Tracked getElements() { return elements; }
    public Map<String, RowHit> getElementRows() { return elementRows; }
    public RowHit getInactionRow() { return inactionRow; }
    public RowHit getNaturalizationRow() { return naturalizationRow; }
    /** The request names federal and state or local respondents alike. */
    public boolean getRequestRespondentBoth() { return respondentBoth; }

    /** The F33 computation as a finding's {@code computed} map. */
    public Map<String, Object> tracComputed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delay_days", delayDays);
        m.put("applicant_caused_delay_days", application.getApplicantCausedDelayDays());
        m.put("delay_threshold_days", thresholdDays);
        m.put("delay_threshold_origin", thresholdOrigin);
        m.put("delay_threshold_days_source", thresholdOrigin);
        if (trac != null) {
            m.put("trac_inputs", trac.inputs());
            m.put("trac_weights", trac.weights());
            m.put("trac_points", trac.points());
            m.put("trac_score", trac.score());
            m.put("trac_cutoff", trac.cutoff());
            m.put("trac_cutoff_source", trac.cutoffSource());
            m.put("length_basis", trac.lengthBasis());
        }
        m.put("circuit", circuit == null ? null : circuit.name());
        m.put("result", delayUnreasonable.value().name());
        return m;
    }

    /** Each mandamus element's value for F34's {@code computed}. */
    public Map<String, Object> elementsComputed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("1_federal_respondent", respondentFederal.value().name());
        m.put("2_nondiscretionary_duty_to_decide", dutyToDecide.value().name());
        m.put("3_clear_right", clearRight.value().name());
        m.put("4_objective_is_adjudication", objectiveAdjudicate.value().name());
        return m;
    }

    /** Wording of each element in this circuit, from the mandamus-elements table. */
    public Map<String, String> elementWording() {
        Map<String, String> m = new LinkedHashMap<>();
        elementRows.forEach((k, v) -> m.put(k, v.text(RemediesTables.WORDING)));
        return m;
    }
}
