package org.writguard.internal.memo;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code assess --format pdf}: the HTML memo rendered by openhtmltopdf (PDFBox underneath), the hold timeline drawn
 * as vector graphics by its Batik SVG drawer. Nothing is fetched: the memo has no external reference, and the
 * renderer is given no base URI, so a link in the case cannot make it load anything.
 */
public final class PdfMemo {
    static {
        // openhtmltopdf logs through java.util.logging to the terminal by default; a memo is not a log.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfMemo() { }

    /** The memo's HTML (from {@link HtmlMemo#render}) as PDF bytes. */
    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            // Every URI the document might name resolves to nothing: no file, no network.
            b.useUriResolver((base, uri) -> null);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
