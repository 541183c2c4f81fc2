package org.writguard.internal.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs bin/writguard in-process with captured output. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        CommandLine cl = Main.commandLine(args);     // as bin/writguard builds it: only the named subcommand's model
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A copy of the shipped decision-tables/ and rules/ under {@code root}; returns root. */
    static Path copyRuleBook(Path root) {
        for (String dir : new String[] {"decision-tables", "rules"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path to = root.resolve(p.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    @Override
    public String toString() { return "exit " + code + "\n--- out\n" + out + "--- err\n" + err; }
}
