package org.writguard.internal.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.writguard.engine.Report;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.cli.Main;
import org.writguard.internal.memo.HoldTimeline;
import org.writguard.internal.memo.HtmlMemo;
import org.writguard.internal.memo.PdfMemo;
import org.writguard.testing.TestRuleBook;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the HTML memo escapes what the case supplies; the PDF has every finding's code and the timeline drawn. */
class MemoTest {
    private static final Path EXAMPLE = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");

    private static String hostileCase() throws Exception {
        return Files.readString(EXAMPLE).replace("name: Example County Sheriff's Office", "name: \"<script>alert(1)</script>\"")
                .replace("hold_id: h-1", "hold_id: \"h-1<img src=x onerror=alert(2)>\"");
    }

    @Test
    void theHtmlMemoEscapesEveryCaseSuppliedString() throws Exception {
        String yaml = hostileCase();
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(yaml, "hostile.yaml");
        Report r = TestRuleBook.get().assess(c, "hostile <b>case</b>.yaml");
        String html = HtmlMemo.render(r, c, reader.readTree(yaml, "hostile.yaml"));
        assertFalse(html.contains("<script"), "a script element in the memo");
        assertFalse(html.contains("<img"), "an img element in the memo");
        assertFalse(html.contains("<b>case"), "case name as markup");
        assertTrue(html.contains("h-1&lt;img src=x onerror=alert(2)&gt;"), "the hold id shown as text");
        assertTrue(html.contains("&lt;b&gt;case&lt;/b&gt;"));
        // Self-contained: no script and nothing fetched from elsewhere.
        assertFalse(html.matches("(?s).*(src|href)=\"(?!https://(www\\.law\\.cornell\\.edu|www\\.ecfr\\.gov|supreme\\.justia\\.com)/).*"),
                "an external reference in the memo");
        for (String section : List.of("Facts relied on", "Hold timeline", "Findings by severity", "Remedies to consider",
                "Remedies that appear barred", "Missing facts", "Sources", "Not legal advice")) {
            assertTrue(html.contains(section), section);
        }
        // Well-formed XML (the PDF renderer parses it as such), the SVG inside.
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void thePdfHasEveryFindingsCodeAndTheTimelineDrawn() throws Exception {
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(EXAMPLE);
        Report r = TestRuleBook.get().assess(c, EXAMPLE.toString());
        byte[] pdf = PdfMemo.render(HtmlMemo.render(r, c, reader.readTree(EXAMPLE)));
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve("memo.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertFalse(r.getFindings().isEmpty());
            for (Finding f : r.getFindings()) assertTrue(text.contains(f.getCode().getNumber()), f.getCode().getNumber() + " not in the PDF");
            assertTrue(text.contains("Hold h-1: eligible for release"), "the timeline's caption is not in the PDF");
            assertTrue(text.contains("limit of 48 calendar hours at 2026-06-14T16:00-04:00 (exceeded)"), text);
            assertTrue(text.contains("Not legal advice"));
            // The picture is drawn: some page holds the hold bar's blue, the over-hold's red and the weekend's grey.
            boolean bar = false, over = false, weekend = false;
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, 72);
                if (p == 0) ImageIO.write(img, "png", dir.resolve("memo-page-1.png").toFile());
                int[] counts = count(img, 0x4a6fa5, 0xc0392b, 0xe4e4e4);
                bar |= counts[0] > 200;
                over |= counts[1] > 200;
                weekend |= counts[2] > 2000;
            }
            assertTrue(bar, "no hold bar drawn");
            assertTrue(over, "no over-hold drawn");
            assertTrue(weekend, "no weekend shaded");
        }
    }

    @Test
    void theTimelineModelMarksTheOverHoldOnBothClocks() throws Exception {
        CaseFile c = new CaseReader().read(EXAMPLE);
        Report r = TestRuleBook.get().assess(c, EXAMPLE.toString());
        HoldTimeline.Model m = HoldTimeline.models(c, r).get(0);
        // Eligible Friday 16:00, picked up Tuesday 17:00: 97 calendar hours, 49 excluding the weekend.
        assertEquals("2026-06-14T16:00-04:00", m.limits().get(0).at().toString());
        assertEquals("2026-06-16T16:00-04:00", m.limits().get(1).at().toString());
        assertTrue(m.limits().get(0).exceeded() && m.limits().get(1).exceeded());
        assertTrue(HoldTimeline.svg(m).contains("weekend 2026-06-13"));
    }

    @Test
    void theTimelineDrawsThePostTransferAndJudicialPcClocksWhereTheyRanOut() throws Exception {
        var fixtures = new org.writguard.internal.fixtures.FixtureReader();
        int f14 = 0;
        int f17 = 0;
        for (Path file : org.writguard.internal.fixtures.FixtureReader.discover(List.of(Path.of("src/test/resources/fixtures/detention")))) {
            for (var fx : fixtures.readAll(file).fixtures()) {
                Report r = TestRuleBook.get().assess(fx.caseFile(), fx.name());
                List<HoldTimeline.Model> models = HoldTimeline.models(fx.caseFile(), r);
                for (Finding f : r.getFired()) {
                    String clock = switch (f.getCode()) {
                        case POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H -> "(F14)";
                        case NO_PROMPT_JUDICIAL_PC_DETERMINATION -> "(F17)";
                        default -> null;
                    };
                    if (clock == null) continue;
                    HoldTimeline.Model m = models.stream().filter(x -> f.getSubjectId().equals(x.holdId())).findFirst().orElseThrow();
                    assertTrue(m.limits().stream().anyMatch(l -> l.label().endsWith(clock) && l.exceeded()),
                            fx.name() + ": no " + clock + " limit on " + m.limits());
                    if (clock.equals("(F14)")) f14++;
                    else f17++;
                }
            }
        }
        assertTrue(f14 > 0 && f17 > 0, "F14 " + f14 + ", F17 " + f17);
    }

    @Test
    void assessWritesHtmlAndPdfFiles() throws Exception {
        Path dir = Files.createTempDirectory("writguard-memo");
        try {
            Path html = dir.resolve("memo.html");
            Path pdf = dir.resolve("memo.pdf");
            assertEquals(0, Main.run("assess", EXAMPLE.toString(), "--format", "html", "--out", html.toString()));
            assertEquals(0, Main.run("assess", EXAMPLE.toString(), "--format", "pdf", "--out", pdf.toString()));
            assertTrue(Files.readString(html).contains("<svg"));
            assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int[] count(BufferedImage img, int... rgbs) {
        int[] n = new int[rgbs.length];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int px = img.getRGB(x, y) & 0xffffff;
                for (int i = 0; i < rgbs.length; i++) if (close(px, rgbs[i])) n[i]++;
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) < 12 && Math.abs((a >> 8 & 255) - (b >> 8 & 255)) < 12
                && Math.abs((a & 255) - (b & 255)) < 12;
    }
}
