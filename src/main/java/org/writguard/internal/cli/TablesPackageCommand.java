package org.writguard.internal.cli;

import org.kie.api.builder.ReleaseId;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.engine.RuleBookPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * tables package: the rule book as a kjar with a real ReleaseId, for embedders who load rules the KIE way
 * ({@code KieServices.newKieContainer(releaseId)}) and then {@code RuleBook.fromKieContainer(container)}.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Package the tables and rules (and rules of your own) as a kjar: executable-model classes, a"
                + " kmodule.xml and a pom.properties carrying --release-id, plus the validated table rows writguard"
                + " needs. Put it on the class path next to the writguard jar (or install it in a Maven repository) and"
                + " load it with KieServices.get().newKieContainer(releaseId); RuleBook.fromKieContainer(container)"
                + " then gives the same findings as the tables.",
                "Exit 0 when written, 3 when the tables or rules do not build, 5 when the file cannot be written."})
final class TablesPackageCommand implements Callable<Integer> {
    @Mixin
    TablesDirOptions dirs;

    @Option(names = "--custom-rules", paramLabel = "DIR",
            description = "your own DRL (package org.writguard.custom, agenda-group \"custom\"), packaged with the book")
    Path customRules;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the kjar to write, e.g. rulebook.jar")
    Path out;

    @Option(names = "--release-id", paramLabel = "GROUP:ARTIFACT:VERSION",
            description = "the kjar's Maven coordinates (default: org.writguard:writguard-rulebook:<engine version>-<first"
                    + " 12 hex digits of the rule-book version>)")
    String releaseId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBookInputs inputs = RuleBookInputs.fromDirectories(dirs.tables(), dirs.rulesDir());
        if (customRules != null) inputs = inputs.withCustomRules(customRules);
        String version = Engine.hash(inputs);
        ReleaseId rid;
        try {
            rid = RuleBookPackage.releaseId(releaseId != null ? releaseId
                    : "org.writguard:writguard-rulebook:" + Engine.ENGINE_VERSION + "-" + version.substring(0, 12));
        } catch (IllegalArgumentException e) {
            throw new Errors.InputException(e.getMessage());
        }
        long t0 = System.nanoTime();
        byte[] kjar = RuleBookPackage.write(inputs, rid);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            AtomicFile.write(out, kjar);
        } catch (IOException e) {
            throw new Errors.OutputException(out + ": cannot be written: " + e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("packaged rule book %s as %s into %s (%d bytes, %.1f s)%n", version.substring(0, 12), rid, out,
                kjar.length, (System.nanoTime() - t0) / 1e9);
        o.printf("install it: mvn install:install-file -Dfile=%s -DgroupId=%s -DartifactId=%s -Dversion=%s -Dpackaging=jar%n",
                out, rid.getGroupId(), rid.getArtifactId(), rid.getVersion());
        o.flush();
        return ExitCodes.OK;
    }
}
