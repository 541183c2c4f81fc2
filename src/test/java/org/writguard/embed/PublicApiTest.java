package org.writguard.embed;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedder's view stays small and closed: only four packages are public API, no public signature in them
 * exposes an internal type, and they read one way (JavaBean getters; no record accessors).
 */
class PublicApiTest {
    static final List<String> API = List.of("org.writguard.engine", "org.writguard.cases", "org.writguard.facts",
            "org.writguard.findings");

    static List<Class<?>> publicTypes() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        Path root = Path.of("target/classes");
        try (Stream<Path> s = Files.walk(root.resolve("org/writguard"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()) types.add(c);
            }
        }
        return types;
    }

    @Test
    void everyPublicTypeOutsideTheFourApiPackagesIsInternal() throws Exception {
        TreeSet<String> outside = new TreeSet<>();
        for (Class<?> c : publicTypes()) {
            String pkg = c.getPackageName();
            if (!API.contains(pkg) && !pkg.startsWith("org.writguard.internal")) outside.add(c.getName());
        }
        assertEquals(new TreeSet<>(), outside);
    }

    @Test
    void noPublicSignatureOfTheApiExposesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            if (!API.contains(c.getPackageName())) continue;
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) continue;
                check(c.getName() + "." + m.getName(), m.getGenericReturnType(), leaks);
                for (Type t : m.getGenericParameterTypes()) check(c.getName() + "." + m.getName(), t, leaks);
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (!Modifier.isPublic(k.getModifiers())) continue;
                for (Type t : k.getGenericParameterTypes()) check(c.getName() + ".<init>", t, leaks);
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) check(c.getName() + "." + f.getName(), f.getGenericType(), leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theApiReadsOneWayNoRecords() throws Exception {
        List<String> records = new ArrayList<>();
        for (Class<?> c : publicTypes()) if (API.contains(c.getPackageName()) && c.isRecord()) records.add(c.getName());
        assertEquals(List.of(), records, "public value types use JavaBean getters like the facts and findings");
        assertTrue(publicTypes().stream().filter(c -> API.contains(c.getPackageName())).count() < 120);
    }

    private static void check(String where, Type t, List<String> leaks) {
        if (t instanceof Class<?> c) {
            while (c.isArray()) c = c.getComponentType();
            if (c.getName().startsWith("org.writguard.internal")) leaks.add(where + " exposes " + c.getName());
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), leaks);
            for (Type a : p.getActualTypeArguments()) check(where, a, leaks);
        }
    }
}
