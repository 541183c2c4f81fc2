package org.writguard.internal.engine;

import org.junit.jupiter.api.Test;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Status;
import org.writguard.internal.findings.FindingBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures of one finding under several readings (DOMAIN.md 13.5): equal ones stay plain, others become ranges. */
class MergeComputedTest {
    private static Finding with(Object... keyValues) {
        FindingBuilder b = FindingBuilder.of("test", FindingCode.values()[0], Status.FIRED, "HOLD", "h-1").cite("8 C.F.R. 287.7");
        for (int i = 0; i < keyValues.length; i += 2) b.computed((String) keyValues[i], keyValues[i + 1]);
        return b.build();
    }

    @Test
    void equalFiguresUnderEveryReadingComeBackAsTheyAre() {
        Map<String, Object> m = UncertainAssessment.mergeComputed(List.of(with("hours", 50L, "due", "2026-06-12"),
                with("hours", 50L, "due", "2026-06-12"), with("hours", 50L, "due", "2026-06-12")));
        assertEquals(List.of("hours", "due"), new ArrayList<>(m.keySet()));
        assertEquals(Map.of("hours", 50L, "due", "2026-06-12"), m);
    }

    @Test
    void theSameFiguresInAnotherOrderKeepTheFirstReadingsOrder() {
        Map<String, Object> m = UncertainAssessment.mergeComputed(List.of(with("hours", 50L, "due", "2026-06-12"),
                with("due", "2026-06-12", "hours", 50L)));
        assertEquals(List.of("hours", "due"), new ArrayList<>(m.keySet()));
        assertEquals(Map.of("hours", 50L, "due", "2026-06-12"), m);
    }

    @Test
    void figuresThatDifferBecomeRanges() {
        Map<String, Object> m = UncertainAssessment.mergeComputed(List.of(with("hours", 50L, "due", "2026-06-12"),
                with("hours", 40L, "due", "2026-06-12"), with("hours", 60L, "due", "2026-06-14")));
        assertEquals(Map.of("min", 40L, "max", 60L), m.get("hours"));
        assertEquals(Map.of("min", "2026-06-12", "max", "2026-06-14"), m.get("due"));
        assertEquals(List.of("hours", "due"), new ArrayList<>(m.keySet()));
    }

    @Test
    void aFigureMissingUnderOneReadingIsNotTakenAsEqual() {
        Map<String, Object> m = UncertainAssessment.mergeComputed(List.of(with("hours", 50L), with("hours", 50L, "due", "x")));
        assertEquals(List.of("hours", "due"), new ArrayList<>(m.keySet()));
        assertEquals("x", m.get("due"));
    }
}
