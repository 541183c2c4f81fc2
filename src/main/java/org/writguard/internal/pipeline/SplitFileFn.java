package org.writguard.internal.pipeline;

import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.batch.HoldsCsvFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

/**
 * Cuts each input file into {@link FileRange}s of about {@code chunkBytes}, always after a line end, counting
 * lines exactly as assess-batch does (a line ends at LF, CR or CR LF), so every record keeps its file's line number.
 * A holds CSV file's header is read here and travels with each range; a bad header rejects the file (one record).
 */
final class SplitFileFn extends DoFn<FileIO.ReadableFile, FileRange> {
    private final boolean csv;
    private final long chunkBytes;

    SplitFileFn(boolean csv, long chunkBytes) {
        this.csv = csv;
        this.chunkBytes = Math.max(1, chunkBytes);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile f, OutputReceiver<FileRange> out) throws IOException {
        String name = f.getMetadata().resourceId().toString();
        String header = null;
        long firstLine = 1;
        long offset = 0;
        boolean compressed = f.getCompression() != Compression.UNCOMPRESSED;
        if (csv) {
            try (InputStream in = Channels.newInputStream(f.open())) {
                BatchRunner.Line h = new BatchRunner.ByteLineSource(in, true).next();
                if (h == null) return; // an empty file: no records, as in assess-batch
                if (h.problem() != null) {
                    out.output(new FileRange(name, 0, 0, 1, null, name + ":1: " + h.problem()));
                    return;
                }
                try {
                    new HoldsCsvFormat(name).header(h.text());
                } catch (CaseInputException e) {
                    out.output(new FileRange(name, 0, 0, 1, null, e.getMessage()));
                    return;
                }
                header = h.text();
                firstLine = 2;
                if (!compressed) offset = headerEnd(f);
            }
        }
        if (compressed) {
            out.output(new FileRange(name, 0, -1, firstLine, header, null));
            return;
        }
        long size = f.getMetadata().sizeBytes();
        if (offset >= size) return;
        // Scan the bytes once: cut after a line end when the range has reached chunkBytes.
        try (ReadableByteChannel ch = f.openSeekable()) {
            ((java.nio.channels.SeekableByteChannel) ch).position(offset);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long pos = offset;
            long rangeStart = offset;
            long rangeFirstLine = firstLine;
            long lines = 0; // line ends seen since rangeStart
            boolean cr = false; // the previous byte was a CR (a following LF belongs to the same line end)
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) break;
                for (int i = 0; i < n; i++) {
                    byte b = buf.get(i);
                    long here = pos + i;
                    if (cr) {
                        cr = false;
                        if (b == '\n') {
                            // CR LF: the line end is complete after the LF.
                            if (here + 1 - rangeStart >= chunkBytes) {
                                out.output(new FileRange(name, rangeStart, here + 1, rangeFirstLine, header, null));
                                rangeStart = here + 1;
                                rangeFirstLine += lines;
                                lines = 0;
                            }
                            continue;
                        }
                        // A lone CR ended a line before this byte.
                        if (here - rangeStart >= chunkBytes) {
                            out.output(new FileRange(name, rangeStart, here, rangeFirstLine, header, null));
                            rangeStart = here;
                            rangeFirstLine += lines;
                            lines = 0;
                        }
                    }
                    if (b == '\n') {
                        lines++;
                        if (here + 1 - rangeStart >= chunkBytes) {
                            out.output(new FileRange(name, rangeStart, here + 1, rangeFirstLine, header, null));
                            rangeStart = here + 1;
                            rangeFirstLine += lines;
                            lines = 0;
                        }
                    } else if (b == '\r') {
                        lines++;
                        cr = true;
                    }
                }
                pos += n;
            }
            if (pos > rangeStart) out.output(new FileRange(name, rangeStart, pos, rangeFirstLine, header, null));
        }
    }

    /** The byte offset just after the CSV header line (and its line end) of an uncompressed file. */
    private static long headerEnd(FileIO.ReadableFile f) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(f.open()), 1 << 16)) {
            long pos = 0;
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b == '\n') return pos;
                if (b == '\r') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '\n') return pos + 1;
                    return pos;
                }
            }
            return pos;
        }
    }
}
