package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generates instances valid under a JSON Schema, edge values included, for drafts 4 to 2020-12.
 *
 * <p>The generator is a heuristic; the validator is the truth. It works top-down on real
 * subschemas: a {@link VariantExpander} opens one alternative per union branch and conditional
 * side, a {@link ConstraintView} reads each alternative's constraints, and numbers, strings,
 * objects and arrays are built from edge values ({@link NumberCandidates},
 * {@link StringCandidates}, {@link ObjectShapes}, {@link ArrayShapes}). Every part is checked by
 * the validator at its own place in the document before a parent uses it, and every instance
 * returned has passed the whole document. Depth and counts bound the work, so recursive and large
 * schemas finish quickly, and a fixed seed makes the output the same on every run.
 */
final class InstanceGenerator {

  private final GeneratorLimits limits;

  InstanceGenerator(GeneratorLimits limits) {
    this.limits = limits;
  }

  /**
   * Instances valid under a schema document.
   *
   * @param document the schema
   * @param vocabulary words to mix in (usually of the schema and the one it is compared with)
   * @return distinct valid instances, at most {@code maxInstances}; empty if none was found or
   *     the validator cannot read the schema
   */
  List<JsonNode> generate(SchemaDocument document, Vocabulary vocabulary) {
    if (document.problem().isPresent()) {
      return List.of();
    }
    Generation generation = new Generation(document, vocabulary);
    List<JsonNode> candidates = generation.values(
        List.of(new Site(JsonPointer.empty(), document.root())), 0, limits.maxInstances());
    List<JsonNode> valid = new ArrayList<>();
    for (JsonNode candidate : candidates) {
      if (document.accepts(candidate)) {
        valid.add(candidate);
      }
    }
    return List.copyOf(valid);
  }

  /** One generation: the document, its memo of part values, and the choices made so far. */
  private final class Generation implements PartSource {

    private final SchemaDocument document;
    private final Vocabulary vocabulary;
    private final VariantExpander expander;
    private final Map<Key, List<JsonNode>> memo = new HashMap<>();

    Generation(SchemaDocument document, Vocabulary vocabulary) {
      this.document = document;
      this.vocabulary = vocabulary;
      this.expander = new VariantExpander(document, limits.maxVariants());
    }

    @Override
    public List<JsonNode> values(List<Site> conjunction, int depth) {
      return values(conjunction, depth, limits.partLimit(depth));
    }

    List<JsonNode> values(List<Site> conjunction, int depth, int limit) {
      if (depth > limits.hardDepth()) {
        return List.of();
      }
      Key key = new Key(conjunction.stream().map(Site::pointer).toList(), depth, limit);
      List<JsonNode> known = memo.get(key);
      if (known != null) {
        return known;
      }
      // a recursion through this very key sees "nothing yet" instead of looping
      memo.put(key, List.of());
      List<List<JsonNode>> perVariant = new ArrayList<>();
      for (List<Site> variant : expander.expand(conjunction)) {
        List<JsonNode> valid = new ArrayList<>();
        for (JsonNode candidate : candidates(new ConstraintView(variant), depth, limit)) {
          if (valid.size() >= limit) {
            break;
          }
          if (acceptedByAll(conjunction, candidate)) {
            valid.add(candidate);
          }
        }
        perVariant.add(valid);
      }
      List<JsonNode> result = interleave(perVariant, limit);
      memo.put(key, result);
      return result;
    }

    private boolean acceptedByAll(List<Site> conjunction, JsonNode candidate) {
      for (Site site : conjunction) {
        if (!document.acceptsAt(site.pointer(), candidate)) {
          return false;
        }
      }
      return true;
    }

    private List<JsonNode> candidates(ConstraintView view, int depth, int limit) {
      Optional<List<JsonNode>> literals = view.literals();
      if (literals.isPresent()) {
        return literals.get();
      }
      List<List<JsonNode>> perType = new ArrayList<>();
      for (String type : view.typesToGenerate()) {
        perType.add(switch (type) {
          case "null" -> List.of(NullNode.getInstance());
          case "boolean" -> List.of(BooleanNode.TRUE, BooleanNode.FALSE);
          case "integer" -> NumberCandidates.of(view, true, document.draft(), vocabulary);
          case "number" -> NumberCandidates.of(view, false, document.draft(), vocabulary);
          case "string" -> StringCandidates.of(view, vocabulary, limits.seed());
          case "object" -> new ObjectShapes(view, depth, this).build(limit);
          case "array" -> new ArrayShapes(view, depth, this).build(limit);
          default -> List.of();
        });
      }
      if (!view.typeDeclared()) {
        perType.add(AnyValues.simplest());
      }
      // candidates beyond the limit are still worth trying: many are filtered out
      return interleave(perType, Integer.MAX_VALUE);
    }

    @Override
    public boolean accepts(Site site, JsonNode value) {
      return document.acceptsAt(site.pointer(), value);
    }

    @Override
    public long seed() {
      return limits.seed();
    }

    @Override
    public boolean minimal(int depth) {
      return depth >= limits.maxDepth();
    }

    @Override
    public Vocabulary vocabulary() {
      return vocabulary;
    }
  }

  /** Round-robin over lists, so that every variant and every type is represented early. */
  static List<JsonNode> interleave(List<List<JsonNode>> lists, int limit) {
    Set<JsonNode> result = new LinkedHashSet<>();
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest && result.size() < limit; i++) {
      for (List<JsonNode> list : lists) {
        if (i < list.size() && result.size() < limit) {
          result.add(list.get(i));
        }
      }
    }
    return List.copyOf(result);
  }

  private record Key(List<JsonPointer> pointers, int depth, int limit) {}
}
