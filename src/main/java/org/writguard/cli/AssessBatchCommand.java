package org.writguard.cli;

import org.writguard.batch.BatchRunner;
import org.writguard.batch.HoldsCsvFormat;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "continue an interrupted run: keep OUT's complete records, skip those input lines")
    boolean resume;

    @Option(names = "--no-progress", description = "no progress line on the terminal")
    boolean noProgress;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!"-".equals(in) && !Files.isRegularFile(Path.of(in))) throw new Errors.InputException(in + ": no such input file");
        if (resume && "-".equals(out)) throw new Errors.InputException("--resume needs an output file, not -");
        RuleBook rb = book.load();
        long done = resume ? CompletedRecords.keepComplete(Path.of(out)) : 0;
        BatchRunner runner = new BatchRunner(rb, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        BatchRunner.LineFormat format = inputFormat == InputFormat.holds_csv ? new HoldsCsvFormat(in) : runner.ndjson(in);
        PrintWriter err = spec.commandLine().getErr();
        boolean tty = System.console() != null && !noProgress;
        long t0 = System.nanoTime();
        BatchRunner.Summary s;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader("-".equals(in) ? new InputStreamReader(System.in, decoder)
                     : new InputStreamReader(Files.newInputStream(Path.of(in)), decoder), 1 << 16);
             Writer w = openOut(resume && done > 0)) {
            s = runner.run(r, w, format, in, done, n -> {
                if (tty) {
                    double secs = (System.nanoTime() - t0) / 1e9;
                    err.printf("\r%,d lines  %,.0f cases/s", n, (n - done) / Math.max(secs, 1e-9));
                    err.flush();
                }
            });
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Errors.InputException(in + ": not UTF-8 text (" + e.getMessage() + ")");
        } catch (CaseInputException e) {
            throw e;
        } catch (IOException e) {
            throw new Errors.OutputException(out + ": cannot write: " + e.getMessage(), e);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (tty) err.println();
        err.printf("read %d, assessed %d, rejected %d%s in %.1f s (%,.0f cases/s, peak heap %d MB)%n", s.read(), s.assessed(),
                s.rejected(), s.skipped() > 0 ? ", skipped " + s.skipped() + " already done" : "", secs,
                s.read() / Math.max(secs, 1e-9), peakHeapMb());
        for (Map.Entry<String, Long> e : s.firedByCode().entrySet()) err.printf("  %-45s %d%n", e.getKey(), e.getValue());
        err.flush();
        return s.rejected() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** The most heap in use at once since the JVM started (all heap pools' peaks). */
    static long peakHeapMb() {
        long peak = 0;
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    private Writer openOut(boolean append) throws IOException {
        if ("-".equals(out)) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        }
        Path p = Path.of(out);
        if (p.toAbsolutePath().getParent() != null) Files.createDirectories(p.toAbsolutePath().getParent());
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** --resume: how many complete records OUT holds; a torn last record (no newline) is cut off. */
    static final class CompletedRecords {
        static long keepComplete(Path out) throws IOException {
            if (!Files.exists(out)) return 0;
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long size = ch.size();
                long lines = 0;
                long lastNewline = -1;
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
                long pos = 0;
                while (pos < size) {
                    buf.clear();
                    int n = ch.read(buf, pos);
                    if (n <= 0) break;
                    for (int i = 0; i < n; i++) {
                        if (buf.get(i) == '\n') {
                            lines++;
                            lastNewline = pos + i;
                        }
                    }
                    pos += n;
                }
                ch.truncate(lastNewline + 1);
                return lines;
            }
        }
    }
}
