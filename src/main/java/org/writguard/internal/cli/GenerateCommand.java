package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.writguard.engine.TableProblem;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.generate.HoldGenerator;
import org.writguard.internal.tables.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** writguard generate holds: synthetic detainer holds and encounters for testing at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate SYNTHETIC test data grounded in the ICE roster (never real people or holds).",
        subcommands = {GenerateCommand.Holds.class})
final class GenerateCommand {

    @Command(name = "holds", mixinStandardHelpOptions = true,
            description = "Write N synthetic detainer holds (NDJSON: with the stops that led to them; or the holds CSV"
                    + " layout), deterministic for a seed. Agency ids, states and models come from the roster table;"
                    + " every id starts with SYNTHETIC-, and FILE.about.json says how the file was made.")
    static final class Holds implements Callable<Integer> {
        @Option(names = "--count", required = true, paramLabel = "N", description = "records to write (1 to 1,000,000,000)")
        long count;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE}); the same seed gives the same file")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (- for standard output, without the .about.json)")
        String out;

        @Option(names = "--format", defaultValue = "ndjson", description = "ndjson (cases for assess-batch and pipeline) or holds_csv (default: ${DEFAULT-VALUE})")
        HoldGenerator.Format format;

        @Option(names = "--unknown-share", defaultValue = "" + HoldGenerator.DEFAULT_UNKNOWN_SHARE, paramLabel = "P",
                description = "share of each optional fact left unknown, 0 to 1 (default: ${DEFAULT-VALUE})")
        double unknownShare;

        @Option(names = "--from", paramLabel = "DATE", description = "first release-eligibility day (default: 2023-01-01)")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "last release-eligibility day (default: 2026-09-30)")
        String to;

        @Option(names = "--tables", paramLabel = "DIR", description = "decision tables whose roster/agreements.drl.xlsx is used (default: decision-tables/ of the writguard home)")
        Path tables;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (count < 1 || count > 1_000_000_000L) throw new Errors.InputException("--count: " + count + " is out of bounds; expected 1 to 1000000000");
            if (!(unknownShare >= 0 && unknownShare <= 1)) throw new Errors.InputException("--unknown-share: " + unknownShare + " is out of bounds; expected 0 to 1");
            LocalDate f = date("--from", from, HoldGenerator.DEFAULT_FROM);
            LocalDate t = date("--to", to, HoldGenerator.DEFAULT_TO);
            if (t.isBefore(f)) throw new Errors.InputException("--to: " + t + " is before --from " + f);
            Path dir = tables != null ? tables : RuleBookOptions.home().resolve("decision-tables");
            Path roster = dir.resolve("roster").resolve("agreements.drl.xlsx");
            if (!Files.isRegularFile(roster)) throw new Errors.InputException(roster + ": no roster table (writguard roster import makes it)");
            TableReader.Result read = new TableReader(Modules.schemaSet()).read(roster, roster.toString());
            if (!read.ok()) {
                TableProblem p = read.errors().isEmpty() ? null : read.errors().get(0);
                throw new Errors.InputException(p != null ? String.valueOf(p) : roster + ": the roster table cannot be read");
            }
            HoldGenerator gen;
            try {
                gen = new HoldGenerator(HoldGenerator.agreements(read.table().get()), seed, unknownShare, f, t);
            } catch (IllegalArgumentException e) {
                throw new Errors.InputException(roster + ": " + e.getMessage());
            }
            if ("-".equals(out)) {
                Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                gen.write(w, count, format);
                w.flush();
                if (System.out.checkError()) throw new Errors.OutputException("standard output could not be written", null);
                return ExitCodes.OK;
            }
            Path target = Path.of(out);
            Path about = target.resolveSibling(target.getFileName() + ".about.json");
            Path tmp = null;
            try {
                Path parent = target.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                tmp = Files.createTempFile(parent, ".generate", ".tmp");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    gen.write(w, count, format);
                }
                String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(roster)));
                byte[] meta = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
                        gen.about(count, format, "decision-tables/roster/agreements.drl.xlsx", sha));
                AtomicFile.write(about, meta);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                tmp = null;
            } catch (IOException e) {
                throw new Errors.OutputException(out + ": cannot write: " + e.getMessage(), e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } finally {
                if (tmp != null) Files.deleteIfExists(tmp);
            }
            spec.commandLine().getErr().printf("wrote %,d synthetic records (%s, seed %d, %d roster agreements) to %s; see %s%n",
                    count, format, seed, gen.agreementCount(), out, about.getFileName());
            spec.commandLine().getErr().flush();
            return ExitCodes.OK;
        }

        private static LocalDate date(String option, String text, LocalDate dflt) {
            if (text == null) return dflt;
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Errors.InputException(option + ": " + text + " is not a date (YYYY-MM-DD)");
            }
        }
    }
}
