package org.writguard.internal.engine;

import org.writguard.engine.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a rule book is built from: decision-table workbooks and DRL files, read from two directories
 * or from the classpath (the jar carries a copy under {@code writguard/}). Each file keeps the name a user
 * knows it by, e.g. {@code decision-tables/authority/model-function-matrix.drl.xlsx}.
 */
public record RuleBookInputs(List<Input> tables, List<Input> rules, List<String> strayFiles) {

    /** One input file. */
    public record Input(String name, byte[] bytes) { }

    public static final String TABLE_SUFFIX = ".drl.xlsx";
    public static final String DRL_SUFFIX = ".drl";

    /** Reads {@code tablesDir} (workbooks) and {@code rulesDir} (DRL), naming files relative to their parents. */
    public static RuleBookInputs fromDirectories(Path tablesDir, Path rulesDir) {
        List<Input> tables = new ArrayList<>();
        List<Input> rules = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        walk(tablesDir, tables, stray, true);
        walk(rulesDir, rules, stray, false);
        return new RuleBookInputs(tables, rules, stray);
    }

    /** The copy of decision-tables/ and rules/ packaged in the jar. */
    public static RuleBookInputs fromClasspath() {
        URL url = RuleBookInputs.class.getClassLoader().getResource("writguard/decision-tables");
        if (url == null) throw unreadable("classpath:writguard/decision-tables", "not found; is the writguard jar on the classpath?");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromDirectories(fs.getPath("/writguard/decision-tables"), fs.getPath("/writguard/rules"));
            }
            Path tables = Path.of(uri);
            return fromDirectories(tables, tables.resolveSibling("rules"));
        } catch (URISyntaxException | IOException e) {
            throw unreadable(String.valueOf(url), "cannot read the packaged rule book: " + e.getMessage());
        }
    }

    /** Name prefix of an embedder's own DRL files (Phases.CUSTOM_PACKAGE), as they appear in messages and sources. */
    public static final String CUSTOM_PREFIX = "custom/";

    /** These inputs plus an embedder's own DRL files, read from a directory (every *.drl under it). */
    public RuleBookInputs withCustomRules(Path dir) {
        List<Input> custom = new ArrayList<>();
        List<String> stray = new ArrayList<>(strayFiles);
        List<Input> found = new ArrayList<>();
        walk(dir, found, stray, false);
        for (Input in : found) {
            String rel = in.name().contains("/") ? in.name().substring(in.name().indexOf('/') + 1) : in.name();
            custom.add(new Input(CUSTOM_PREFIX + rel, in.bytes()));
        }
        return withCustom(custom, stray);
    }

    /** These inputs plus an embedder's own DRL files, read from the class path by resource name. */
    public RuleBookInputs withCustomRulesFromClasspath(ClassLoader loader, List<String> resources) {
        List<Input> custom = new ArrayList<>();
        for (String r : resources) {
            String name = r.startsWith("/") ? r.substring(1) : r;
            try (java.io.InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) throw unreadable("classpath:" + name, "not found on the class path");
                if (!name.toLowerCase().endsWith(DRL_SUFFIX)) throw unreadable("classpath:" + name, "is not a DRL file (*.drl)");
                custom.add(new Input(CUSTOM_PREFIX + name, in.readAllBytes()));
            } catch (IOException e) {
                throw unreadable("classpath:" + name, "cannot be read: " + e.getMessage());
            }
        }
        return withCustom(custom, strayFiles);
    }

    private RuleBookInputs withCustom(List<Input> custom, List<String> stray) {
        List<Input> all = new ArrayList<>(rules);
        all.addAll(custom);
        return new RuleBookInputs(tables, all, stray);
    }

    /** The embedder's own DRL files among the rules. */
    public List<Input> customRules() {
        return rules.stream().filter(i -> i.name().startsWith(CUSTOM_PREFIX)).toList();
    }

    private static void walk(Path dir, List<Input> into, List<String> stray, boolean tables) {
        if (!Files.isDirectory(dir)) {
            throw unreadable(display(dir), Files.exists(dir)
                    ? "is not a directory (the " + (tables ? "decision tables" : "DRL rules") + " directory was expected)"
                    : "no such " + (tables ? "decision tables" : "rules") + " directory");
        }
        String root = dir.getFileName() == null ? "" : dir.getFileName().toString();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path p : sorted) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String name = root.isEmpty() ? rel : root + "/" + rel;
                String lower = rel.toLowerCase();
                String fileName = p.getFileName().toString();
                if (fileName.startsWith(".") || fileName.startsWith("~$") || lower.endsWith(".md")) continue;
                boolean wanted = tables ? lower.endsWith(TABLE_SUFFIX) : lower.endsWith(DRL_SUFFIX);
                if (wanted) {
                    // Checked before reading: a multi-gigabyte file must not be read into memory.
                    long size = Files.size(p);
                    if (size > org.writguard.internal.tables.TableReader.MAX_FILE_BYTES) {
                        throw new RuleBookException(List.of(org.writguard.engine.TableProblem.error(name, null, null,
                                "the file is " + size + " bytes; writguard reads " + (tables ? "decision tables" : "DRL files")
                                        + " of at most " + org.writguard.internal.tables.TableReader.MAX_FILE_BYTES + " bytes")), List.of());
                    }
                    into.add(new Input(name, Files.readAllBytes(p)));
                } else {
                    stray.add(name);
                }
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw unreadable(e.getFile() == null ? display(dir) : e.getFile(), "cannot be read: permission denied");
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw unreadable(e.getFile() == null ? display(dir) : e.getFile(), "cannot be read: " + reason);
        } catch (IOException | UncheckedIOException e) {
            // Files.walk reports a failure while iterating as UncheckedIOException.
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String what = cause instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : display(dir);
            throw unreadable(what, "cannot be read: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()));
        }
    }

    /** Every load failure is a {@link RuleBookException} naming the path (never an I/O exception). */
    private static RuleBookException unreadable(String path, String message) {
        return new RuleBookException(List.of(org.writguard.engine.TableProblem.error(path, null, null, message)), List.of());
    }

    private static String display(Path p) { return p.toString(); }
}
