package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns YAML text into a Jackson tree with SnakeYAML's composer, which enforces the alias,
 * nesting and size limits; Jackson's own YAML parser would silently turn an alias into its
 * anchor's name. Plain scalars are typed by the YAML 1.2 core schema, so {@code NO} and
 * {@code yes} stay text and timestamps stay text for the strict date parsers.
 */
final class YamlTree {
    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern BOOL_TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern BOOL_FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final String file;
    private int produced;
    /** Lists and mappings already converted: meeting one again means an alias. */
    private final Set<Node> converted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The lists and mappings being converted, outermost first: meeting one of them again is a loop. */
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean aliased;

    private YamlTree(String file) {
        this.file = file;
    }

    /** The document's tree, or null when the text holds no document. */
    static JsonNode parse(String text, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(CaseReader.MAX_ALIASES_FOR_COLLECTIONS);
        options.setNestingDepthLimit(CaseReader.MAX_NESTING_DEPTH);
        options.setCodePointLimit((int) CaseReader.MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw syntax(file, e);
        } catch (YAMLException e) {
            throw limit(file, e);
        }
        return root == null ? null : new YamlTree(file).convert(root, "", 0);
    }

    private JsonNode convert(Node node, String path, int depth) {
        // Aliases are shared nodes; expanding them here is where a "billion laughs" file would blow up.
        if (!(node instanceof ScalarNode) && !converted.add(node)) {
            aliased = true;
            if (open.contains(node)) {
                throw new CaseInputException(file, path, "a YAML alias that contains itself");
            }
        }
        if (++produced > CaseReader.MAX_EXPANDED_NODES) {
            throw new CaseInputException(file, "", aliased
                    ? "YAML aliases expand to more than " + CaseReader.MAX_EXPANDED_NODES
                            + " values; write the values out instead"
                    : "more than " + CaseReader.MAX_EXPANDED_NODES + " values; split the case");
        }
        if (depth > CaseReader.MAX_NESTING_DEPTH) {
            throw new CaseInputException(file, path, "nested deeper than " + CaseReader.MAX_NESTING_DEPTH
                    + " levels");
        }
        if (!(node instanceof ScalarNode)) {
            open.add(node);
            try {
                return convertCollection(node, path, depth);
            } finally {
                open.remove(node);
            }
        }
        return convertScalar((ScalarNode) node, path);
    }

    private JsonNode convertCollection(Node node, String path, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode) {
            ObjectNode obj = f.objectNode();
            Map<String, Integer> keyLines = new HashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode)) {
                    throw new CaseInputException(file, path, "line " + line(t.getKeyNode().getStartMark())
                            + ": a field name must be plain text, not a list or mapping");
                }
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                int keyLine = line(t.getKeyNode().getStartMark());
                Integer earlier = keyLines.putIfAbsent(key, keyLine);
                if (earlier != null) {
                    throw new CaseInputException(file, keyPath, "field given twice (lines " + earlier + " and "
                            + keyLine + ")");
                }
                obj.set(key, convert(t.getValueNode(), keyPath, depth + 1));
            }
            return obj;
        }
        if (node instanceof SequenceNode) {
            ArrayNode arr = f.arrayNode();
            int i = 0;
            for (Node item : ((SequenceNode) node).getValue()) {
                arr.add(convert(item, path + "[" + i++ + "]", depth + 1));
            }
            return arr;
        }
        throw new IllegalArgumentException("not a list or mapping: " + node.getNodeId());
    }

    private JsonNode convertScalar(ScalarNode scalar, String path) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String v = scalar.getValue();
        if (!scalar.isPlain()) {
            return f.textNode(v);
        }
        if (v.length() > CaseReader.MAX_NUMBER_CHARS && (INT.matcher(v).matches() || FLOAT.matcher(v).matches())) {
            throw new CaseInputException(file, path, "a number longer than " + CaseReader.MAX_NUMBER_CHARS
                    + " characters");
        }
        if (NULL.matcher(v).matches()) {
            return f.nullNode();
        }
        if (BOOL_TRUE.matcher(v).matches()) {
            return f.booleanNode(true);
        }
        if (BOOL_FALSE.matcher(v).matches()) {
            return f.booleanNode(false);
        }
        if (INT.matcher(v).matches()) {
            BigInteger n = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
            return n.bitLength() < 32 ? f.numberNode(n.intValue())
                    : n.bitLength() < 64 ? f.numberNode(n.longValue()) : f.numberNode(n);
        }
        if (FLOAT.matcher(v).matches()) {
            double d = Double.parseDouble(v);
            if (Double.isInfinite(d)) {
                throw new CaseInputException(file, path, v + " is too large for a number");
            }
            return f.numberNode(d);
        }
        return f.textNode(v);
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static CaseInputException syntax(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
        if (String.valueOf(e.getProblem()).contains("found another document")) {
            return new CaseInputException(file, "", where + "a second YAML document starts here; "
                    + "a file holds one document (remove the ---)", e);
        }
        String what = e.getProblem() != null ? e.getProblem() : e.getContext();
        String context = e.getContext() != null && e.getProblem() != null ? " (" + e.getContext() + ")" : "";
        return new CaseInputException(file, "", where + "YAML syntax error: " + what + context, e);
    }

    private static CaseInputException limit(String file, YAMLException e) {
        String msg = String.valueOf(e.getMessage());
        String problem;
        if (msg.contains("aliases")) {
            problem = "more than " + CaseReader.MAX_ALIASES_FOR_COLLECTIONS
                    + " aliases to lists or mappings; write the values out instead";
        } else if (msg.contains("Nesting Depth")) {
            problem = "nested deeper than " + CaseReader.MAX_NESTING_DEPTH + " levels";
        } else if (msg.contains("code points")) {
            problem = "larger than the limit of " + CaseReader.MAX_FILE_BYTES + " characters";
        } else {
            problem = "YAML error: " + msg;
        }
        return new CaseInputException(file, "", problem, e);
    }
}
