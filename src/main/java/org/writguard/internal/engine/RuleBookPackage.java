package org.writguard.internal.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.LoadedTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A rule book as a kjar with a real ReleaseId ({@code writguard tables package}): the executable-model classes Drools
 * loads without compiling, plus {@value #META} with what writguard needs next to the KIE base (the validated table
 * rows, the DRL sources for provenance, the rule-book version). {@code KieServices.newKieContainer(releaseId)} loads
 * it from the class path; {@code RuleBook.fromKieContainer} turns the container into a rule book that gives the
 * same findings as the tables it was packaged from.
 */
public final class RuleBookPackage {
    /** The writguard metadata inside a packaged kjar. */
    public static final String META = "META-INF/writguard/rulebook.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleBookPackage() { }

    /** Compiles the inputs and returns the kjar's bytes, carrying {@code releaseId}. */
    public static byte[] write(RuleBookInputs inputs, ReleaseId releaseId) {
        byte[][] kjar = new byte[1][];
        Engine book = Engine.build(inputs, Modules.schemaSet(), true, b -> kjar[0] = b, releaseId);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", 1);
        meta.put("release_id", releaseId.toString());
        meta.put("rule_book_version", book.version());
        meta.put("engine_version", Engine.ENGINE_VERSION);
        meta.put("tables", RuleBookCache.metaTree(book));
        List<Object> rules = new ArrayList<>();
        for (RuleBookInputs.Input in : inputs.rules()) {
            rules.add(Map.of("name", in.name(), "text", new String(in.bytes(), StandardCharsets.UTF_8)));
        }
        meta.put("rules", rules);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(kjar[0]));
                 ZipOutputStream zout = new ZipOutputStream(out)) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    if (e.getName().equals(META)) continue;
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zin.transferTo(zout);
                    zout.closeEntry();
                }
                zout.putNextEntry(new ZipEntry(META));
                zout.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
                zout.closeEntry();
                String pomProps = "META-INF/maven/" + releaseId.getGroupId() + "/" + releaseId.getArtifactId() + "/pom.properties";
                if (!hasEntry(kjar[0], pomProps)) {
                    zout.putNextEntry(new ZipEntry(pomProps));
                    zout.write(("groupId=" + releaseId.getGroupId() + "\nartifactId=" + releaseId.getArtifactId()
                            + "\nversion=" + releaseId.getVersion() + "\n").getBytes(StandardCharsets.UTF_8));
                    zout.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the kjar: " + e.getMessage(), e);
        }
    }

    private static boolean hasEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) if (e.getName().equals(name)) return true;
        }
        return false;
    }

    /** The rule book inside a container loaded from a packaged kjar. */
    @SuppressWarnings("unchecked")
    public static Engine open(KieContainer container) {
        String where = "kjar " + container.getReleaseId();
        Map<String, Object> meta;
        try (InputStream in = findMeta(container)) {
            if (in == null) {
                throw new RuleBookException(List.of(TableProblem.error(where, null, null, "holds no " + META
                        + "; package the rule book with writguard tables package")), List.of());
            }
            meta = JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new RuleBookException(List.of(TableProblem.error(where, null, null, "cannot read " + META + ": "
                    + e.getMessage())), List.of());
        }
        if (!Engine.ENGINE_VERSION.equals(meta.get("engine_version"))) {
            throw new RuleBookException(List.of(TableProblem.error(where, null, null, "was packaged by writguard "
                    + meta.get("engine_version") + "; this is " + Engine.ENGINE_VERSION + ": package it again")), List.of());
        }
        try {
            Map<String, LoadedTable> tables = RuleBookCache.readMeta((List<Map<String, Object>>) meta.get("tables"));
            List<RuleBookInputs.Input> rules = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) meta.get("rules")) {
                rules.add(new RuleBookInputs.Input((String) r.get("name"),
                        ((String) r.get("text")).getBytes(StandardCharsets.UTF_8)));
            }
            List<TableProblem> warnings = new ArrayList<>();
            tables.values().forEach(t -> warnings.addAll(t.warnings()));
            return Engine.assemble(container.getKieBase(), tables, new RuleBookInputs(List.of(), rules, List.of()),
                    (String) meta.get("rule_book_version"), warnings);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleBookException r) throw r;
            throw new RuleBookException(List.of(TableProblem.error(where, null, null, "its " + META
                    + " is damaged: " + e.getMessage())), List.of());
        }
    }

    private static InputStream findMeta(KieContainer container) {
        ClassLoader cl = container.getClassLoader();
        // The container's class loader sees the kjar; the meta of this very kjar is the one beside its pom.properties.
        try {
            var urls = cl.getResources(META);
            String pom = "META-INF/maven/" + container.getReleaseId().getGroupId() + "/"
                    + container.getReleaseId().getArtifactId() + "/pom.properties";
            java.net.URL pomUrl = cl.getResource(pom);
            java.net.URL first = null;
            while (urls.hasMoreElements()) {
                java.net.URL u = urls.nextElement();
                if (first == null) first = u;
                if (pomUrl != null && root(u.toString(), META).equals(root(pomUrl.toString(), pom))) return u.openStream();
            }
            return first == null ? null : first.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    private static String root(String url, String entry) {
        return url.endsWith(entry) ? url.substring(0, url.length() - entry.length()) : url;
    }

    /** The kjar's ReleaseId from "group:artifact:version". */
    public static ReleaseId releaseId(String gav) {
        String[] p = gav.split(":");
        if (p.length != 3 || java.util.Arrays.stream(p).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--release-id \"" + gav + "\": expected group:artifact:version");
        }
        return KieServices.Factory.get().newReleaseId(p[0], p[1], p[2]);
    }
}
