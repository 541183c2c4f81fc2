package org.writguard.internal.tables;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks at an .xlsx workbook's bytes before POI builds it in memory: every worksheet's rows are counted by
 * streaming its XML (constant memory), and everything the zip unpacks to is counted as it inflates. A workbook
 * of a million styled empty rows, which would take gigabytes as a POI document, is refused in well under a
 * second. Bytes that are not a zip pass through untouched (POI then says what they are).
 */
public final class WorkbookPrecheck {
    /** Most bytes all entries of a workbook may unpack to. */
    public static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WorkbookPrecheck() { }

    /** Why the workbook is refused (one line, naming the worksheet part), or null when it may be read. */
    public static String problem(byte[] bytes, int maxRows) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') return null;
        long[] unpacked = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                InputStream counted = new FilterInputStream(zip) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        if (b >= 0) count(1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        if (n > 0) count(n);
                        return n;
                    }

                    @Override
                    public void close() { }

                    private void count(long n) throws IOException {
                        unpacked[0] += n;
                        if (unpacked[0] > MAX_UNPACKED_BYTES) throw new TooLarge();
                    }
                };
                String name = e.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    long rows = countRows(counted, maxRows);
                    if (rows > maxRows) {
                        return "the worksheet " + name.substring("xl/worksheets/".length()) + " has more than " + maxRows
                                + " rows (empty formatted rows count); writguard reads at most " + maxRows
                                + " and refuses the workbook before loading it";
                    }
                } else {
                    counted.transferTo(OutputStreamNull.INSTANCE);
                }
            }
        } catch (TooLarge t) {
            return "the workbook unpacks to more than " + MAX_UNPACKED_BYTES + " bytes; writguard refuses it before"
                    + " loading it";
        } catch (IOException | XMLStreamException | RuntimeException ex) {
            return null; // Not a readable zip or sheet: POI reports it with its own words.
        }
        return null;
    }

    /** Row elements of a worksheet, counting stops just past {@code maxRows}. */
    private static long countRows(InputStream in, int maxRows) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(in);
        long rows = 0;
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "row".equals(r.getLocalName())) {
                    if (++rows > maxRows) return rows;
                }
            }
        } finally {
            r.close();
        }
        return rows;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) { }

        @Override
        public void write(byte[] b, int off, int len) { }
    }
}
