package org.writguard.internal.cli;

import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.batch.HoldsCsvFormat;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;

/** writguard assess-batch IN OUT: one case per line in, one JSON report per line out, in order, on all cores. */
@Command(name = "assess-batch", mixinStandardHelpOptions = true,
        description = "Assess many cases: NDJSON (one case per line) or the holds CSV layout in; one JSON record per"
                + " line out, in input order. Bad lines become error records; the run goes on.")
final class AssessBatchCommand implements Callable<Integer> {
    /** Input layouts. */
    enum InputFormat { ndjson, holds_csv }

    @Parameters(index = "0", paramLabel = "IN", description = "input file (NDJSON, or CSV with --input-format holds_csv); - for stdin")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output file (NDJSON records); - for stdout")
    String out;

    @Option(names = "--input-format", defaultValue = "ndjson", description = "ndjson or holds_csv (default: ${DEFAULT-VALUE})")
    InputFormat inputFormat;

    @Option(names = "--output", defaultValue = "report", paramLabel = "report|findings",
            description = "what an ASSESSED record carries: report (the full report, default) or findings (the lean"
                    + " record: each finding's code, status, subject and source, no prose; docs/batch-findings.md)")
    OutputKind output;

    /** Record kinds of --output. */
    enum OutputKind { report, findings }

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "continue an interrupted run: keep OUT's complete records, skip those input lines")
    boolean resume;

    @Option(names = "--no-progress", description = "no progress line on the terminal")
    boolean noProgress;

    @Option(names = "--case-timeout", paramLabel = "SECONDS", defaultValue = "" + BatchRunner.DEFAULT_CASE_TIMEOUT_SECONDS,
            description = "time budget of one case; a case that takes longer is abandoned and becomes a REJECTED"
                    + " record (default: ${DEFAULT-VALUE} s; 0.001 to 3600)")
    java.math.BigDecimal caseTimeout;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!"-".equals(in) && !Files.isRegularFile(Path.of(in))) throw new Errors.InputException(in + ": no such input file");
        if (resume && "-".equals(out)) throw new Errors.InputException("--resume needs an output file, not -");
        if (caseTimeout.compareTo(new java.math.BigDecimal("0.001")) < 0 || caseTimeout.compareTo(java.math.BigDecimal.valueOf(3600)) > 0) {
            throw new Errors.InputException("--case-timeout: " + caseTimeout.toPlainString()
                    + " is out of bounds; expected 0.001 to 3600 seconds");
        }
        Engine rb = book.load();
        int headerLines = inputFormat == InputFormat.holds_csv ? 1 : 0;
        CompletedRecords kept = resume ? CompletedRecords.keepComplete(Path.of(out), headerLines + 1)
                : new CompletedRecords(0, 0);
        long done = kept.records();
        BatchRunner runner = new BatchRunner(rb, threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .caseTimeout(java.time.Duration.ofNanos(caseTimeout.movePointRight(9).longValue()))
                .output(output == OutputKind.findings ? BatchRunner.Output.FINDINGS : BatchRunner.Output.REPORT);
        BatchRunner.LineFormat format = inputFormat == InputFormat.holds_csv ? new HoldsCsvFormat(in) : runner.ndjson(in);
        PrintWriter err = spec.commandLine().getErr();
        boolean tty = System.console() != null && !noProgress;
        long t0 = System.nanoTime();
        BatchRunner.Summary s;
        // Bytes in: each line is decoded on its own, so one line that is not UTF-8 is one REJECTED record.
        java.io.InputStream raw;
        try {
            raw = "-".equals(in) ? System.in : Files.newInputStream(Path.of(in));
        } catch (IOException e) {
            throw new Errors.InputException(in + ": cannot read: " + e.getMessage());
        }
        try (java.io.InputStream r = new java.io.BufferedInputStream(new java.io.FilterInputStream(raw) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    try {
                        return super.read(b, off, len);
                    } catch (IOException e) {
                        throw new InputReadException(e);
                    }
                }
             }, 1 << 16);
             OutputStream w = openOut(resume && done > 0)) {
            s = runner.run(r, w, format, in, done, n -> {
                if (tty) {
                    double secs = (System.nanoTime() - t0) / 1e9;
                    err.printf("\r%,d lines  %,.0f cases/s", n, (n - done) / Math.max(secs, 1e-9));
                    err.flush();
                }
            });
        } catch (CaseInputException e) {
            throw e;
        } catch (InputReadException e) {
            throw new Errors.InputException(in + ": cannot read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new Errors.OutputException(out + ": cannot write: " + e.getMessage(), e);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (tty) err.println();
        err.printf("read %d, assessed %d, rejected %d%s%s in %.1f s (%,.0f cases/s, peak heap %d MB)%n", s.read(), s.assessed(),
                s.rejected(), s.timedOut() > 0 ? " (" + s.timedOut() + " over the --case-timeout)" : "",
                s.skipped() > 0 ? ", skipped " + s.skipped() + " already done (" + kept.rejected() + " of them rejected)" : "",
                secs, s.read() / Math.max(secs, 1e-9), peakHeapMb());
        for (Map.Entry<String, Long> e : s.firedByCode().entrySet()) err.printf("  %-45s %d%n", e.getKey(), e.getValue());
        err.flush();
        // The same exit code as an uninterrupted run: rejected records kept from before the kill count too.
        return s.rejected() + kept.rejected() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** An input stream that failed (as opposed to the output). */
    static final class InputReadException extends IOException {
        private static final long serialVersionUID = 1L;

        InputReadException(IOException cause) { super(cause); }
    }

    /** The most heap in use at once since the JVM started (all heap pools' peaks). */
    static long peakHeapMb() {
        long peak = 0;
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    private OutputStream openOut(boolean append) throws IOException {
        if ("-".equals(out)) {
            // System.out is a PrintStream, which keeps write errors to itself: ask it after every flush, so a
            // full disk behind standard output is exit 5, not a silent success.
            return new BufferedOutputStream(new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) {
                    System.out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    System.out.flush();
                    if (System.out.checkError()) throw new IOException("standard output could not be written");
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
        }
        Path p = Path.of(out);
        if (p.toAbsolutePath().getParent() != null) Files.createDirectories(p.toAbsolutePath().getParent());
        return new BufferedOutputStream(Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
    }

    /**
     * --resume: the complete records OUT holds, and how many of them are REJECTED or ERROR (they count for the
     * exit code as in an uninterrupted run). A torn last record (no newline) is cut off; any other damage (a
     * record out of order or repeated, a line that is not a record) refuses the resume, since carrying on
     * would hide it.
     */
    record CompletedRecords(long records, long rejected) {
        private static final java.util.regex.Pattern RECORD =
                java.util.regex.Pattern.compile("^\\{\"line\":(\\d{1,18}),\"status\":\"(ASSESSED|REJECTED|ERROR)\".*}$");

        static CompletedRecords keepComplete(Path out) throws IOException {
            return keepComplete(out, 1);
        }

        static CompletedRecords keepComplete(Path out, long firstLine) throws IOException {
            if (!Files.exists(out)) return new CompletedRecords(0, 0);
            long lastNewline = -1;
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.READ)) {
                long size = ch.size();
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
                long pos = 0;
                while (pos < size) {
                    buf.clear();
                    int n = ch.read(buf, pos);
                    if (n <= 0) break;
                    for (int i = 0; i < n; i++) if (buf.get(i) == '\n') lastNewline = pos + i;
                    pos += n;
                }
            }
            final long keep = lastNewline + 1;
            long lines = 0;
            long rejected = 0;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new java.io.BufferedInputStream(java.nio.channels.Channels.newInputStream(
                            FileChannel.open(out, StandardOpenOption.READ))) {
                        private long left = keep;

                        @Override
                        public synchronized int read() throws IOException {
                            if (left <= 0) return -1;
                            int b = super.read();
                            if (b >= 0) left--;
                            return b;
                        }

                        @Override
                        public synchronized int read(byte[] b, int off, int len) throws IOException {
                            if (left <= 0) return -1;
                            int n = super.read(b, off, (int) Math.min(len, left));
                            if (n > 0) left -= n;
                            return n;
                        }
                    }, decoder), 1 << 16)) {
                String line;
                while ((line = r.readLine()) != null) {
                    java.util.regex.Matcher m = RECORD.matcher(line);
                    long expected = firstLine + lines;
                    if (!m.matches()) {
                        throw new Errors.InputException(out + ": line " + (lines + 1) + " is not a record of"
                                + " assess-batch; --resume refused (remove the damage or run again without --resume)");
                    }
                    if (!m.group(1).equals(Long.toString(expected))) {
                        throw new Errors.InputException(out + ": line " + (lines + 1) + " is the record of input line "
                                + m.group(1) + ", expected " + expected + "; --resume refused (the output is damaged"
                                + " or belongs to another input; run again without --resume)");
                    }
                    if (!"ASSESSED".equals(m.group(2))) rejected++;
                    lines++;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new Errors.InputException(out + ": is not UTF-8 text; --resume refused (run again without --resume)");
            }
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
            return new CompletedRecords(lines, rejected);
        }
    }
}
