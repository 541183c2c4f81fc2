package org.writguard.internal.startup;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.conf.DeclarativeAgendaOption;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.SequentialOption;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The KIE base of a cached executable-model kjar, made straight from the kjar's generated model classes
 * (issue 17, cold start). Drools' own route ({@code KieRepository.addKieModule} then a {@code KieContainer})
 * copies the whole jar into an in-memory file system and parses {@code kmodule.xml} with XStream, whose start-up
 * (about 260 classes the JVM cannot put in a class-data-sharing archive, and a time-zone table it loads to
 * initialise a date format) cost a one-shot run about 0.4 s. This does what that route does for the one kind of
 * kjar {@code RuleBookCache} stores, and nothing else: the generated classes in Drools' own project class loader,
 * the models listed in the kjar's {@code drools-model} file, and a KIE base named and configured as the kmodule
 * {@code Engine.build} writes (one default KIE base, every package, default options). Anything else in the kjar
 * is refused ({@link IOException}), so the caller falls back to Drools' route.
 */
public final class KjarKieBase {
    /** The name Drools gives the default KIE base of a kjar without its own kmodule.xml. */
    static final String KIE_BASE_NAME = "defaultKieBase";

    private KjarKieBase() { }

    /** The KIE base of the kjar at {@code kjar}, its classes loaded below {@code parent}. */
    public static KieBase load(Path kjar, ClassLoader parent) throws IOException {
        Map<String, byte[]> classes = new HashMap<>(4096);
        List<String> modelClasses = null;
        Set<String> generated = new HashSet<>();
        String kmodule = null;
        try (ZipFile zip = new ZipFile(kjar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) continue;
                String name = e.getName();
                if (name.endsWith(".class")) {
                    classes.put(name, read(zip, e));
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                    if (modelClasses != null) throw new IOException(kjar + ": more than one drools-model list");
                    modelClasses = new ArrayList<>();
                    for (String line : lines(zip, e)) {
                        if (!line.startsWith("Drools-Model-Version:")) modelClasses.add(line);
                    }
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/generated-class-names")) {
                    generated.addAll(lines(zip, e));
                } else if (name.equals("META-INF/kmodule.xml")) {
                    kmodule = new String(read(zip, e), StandardCharsets.UTF_8);
                }
            }
        }
        if (modelClasses == null || modelClasses.isEmpty()) throw new IOException(kjar + ": no executable-model classes listed");
        if (kmodule == null || !isDefaultKModule(kmodule)) throw new IOException(kjar + ": not the default kmodule");
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, classes);
        loader.setGeneratedClassNames(generated);
        List<Model> models = new ArrayList<>(modelClasses.size());
        for (String name : modelClasses) {
            try {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IOException(kjar + ": model class " + name + " cannot be loaded: " + e, e);
            }
        }
        KieServices ks = KieServices.get();
        KieBaseModel kBaseModel = ks.newKieModuleModel().newKieBaseModel(KIE_BASE_NAME).setDefault(true);
        KieBaseConfiguration conf = ks.newKieBaseConfiguration(null, loader);
        // What CanonicalKieModule sets from the kmodule's kbase (all four are the defaults Engine.build leaves).
        conf.setOption(EqualityBehaviorOption.IDENTITY);
        conf.setOption(EventProcessingOption.CLOUD);
        conf.setOption(DeclarativeAgendaOption.DISABLED);
        conf.setOption(SequentialOption.NO);
        // Drools reads one thing from the builder configuration here: property reactivity (PropertySpecificOption),
        // ALWAYS when there is none. Making one costs a one-shot run ~0.1 s (it looks for the Eclipse compiler in a
        // signed jar, which the JVM then verifies), so one is made only when a system property could change it.
        KnowledgeBuilderConfiguration builderConf = System.getProperty(PropertySpecificOption.PROPERTY_NAME) == null
                ? null : KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader);
        return new KieBaseBuilder(kBaseModel, conf).createKieBase(new KiePackagesBuilder(conf, builderConf, models).build());
    }

    /**
     * Whether a kmodule.xml declares exactly what Drools writes for a kjar built without one: one default KIE base
     * with every package and default options. Checked attribute by attribute, so a kjar built another way is
     * loaded by Drools' own route instead of being read wrongly here.
     */
    public static boolean isDefaultKModule(String xml) {
        int bases = xml.split("<kbase ", -1).length - 1;
        if (bases != 1) return false;
        for (String attr : List.of("name=\"" + KIE_BASE_NAME + "\"", "default=\"true\"", "eventProcessingMode=\"cloud\"",
                "equalsBehavior=\"identity\"", "declarativeAgenda=\"disabled\"", "sequential=\"false\"", "packages=\"*\"")) {
            if (!xml.contains(attr)) return false;
        }
        return !xml.contains("includes=") && !xml.contains("<configuration");
    }

    private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(ZipFile zip, ZipEntry e) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : new String(read(zip, e), StandardCharsets.UTF_8).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
