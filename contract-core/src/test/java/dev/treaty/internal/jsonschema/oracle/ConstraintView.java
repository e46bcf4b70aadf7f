package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a flat list of subschemas (one alternative from the {@link VariantExpander}) asks of an
 * instance, read together: the allowed types, literal values, the tightest bounds. A guide for
 * generation only: whatever it gets wrong, the validator catches.
 */
final class ConstraintView {

  static final List<String> ALL_TYPES =
      List.of("object", "array", "string", "integer", "number", "boolean", "null");

  private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required",
      "additionalProperties", "patternProperties", "minProperties", "maxProperties",
      "propertyNames", "dependencies", "dependentRequired", "dependentSchemas",
      "unevaluatedProperties");
  private static final Set<String> ARRAY_KEYWORDS = Set.of("items", "prefixItems",
      "additionalItems", "contains", "minItems", "maxItems", "uniqueItems", "unevaluatedItems");
  private static final Set<String> STRING_KEYWORDS =
      Set.of("minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType");
  private static final Set<String> NUMBER_KEYWORDS =
      Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");

  private final List<Site> sites;
  private final @Nullable Set<String> types;

  ConstraintView(List<Site> sites) {
    this.sites = List.copyOf(sites);
    this.types = declaredTypes(sites);
  }

  List<Site> sites() {
    return sites;
  }

  /**
   * The types to generate, most telling first: the declared ones, or, when nothing declares a
   * type, those the keywords suggest followed by every other.
   */
  List<String> typesToGenerate() {
    if (types != null) {
      return ALL_TYPES.stream().filter(types::contains).toList();
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (Site site : sites) {
      for (String keyword : (Iterable<String>) site.node()::fieldNames) {
        if (OBJECT_KEYWORDS.contains(keyword)) {
          ordered.add("object");
        } else if (ARRAY_KEYWORDS.contains(keyword)) {
          ordered.add("array");
        } else if (STRING_KEYWORDS.contains(keyword)) {
          ordered.add("string");
        } else if (NUMBER_KEYWORDS.contains(keyword)) {
          ordered.add("number");
        }
      }
    }
    ordered.addAll(ALL_TYPES);
    return List.copyOf(ordered);
  }

  /** Whether the types are declared (else anything the keywords do not rule out is allowed). */
  boolean typeDeclared() {
    return types != null;
  }

  /** The literal values allowed by the first {@code const} or {@code enum}, if any restricts. */
  Optional<List<JsonNode>> literals() {
    for (Site site : sites) {
      if (site.has("const")) {
        return Optional.of(List.of(site.node().get("const")));
      }
      if (site.node().path("enum").isArray()) {
        List<JsonNode> values = new ArrayList<>();
        site.node().get("enum").forEach(values::add);
        return Optional.of(values);
      }
    }
    return Optional.empty();
  }

  /** The lower bound on numbers, and whether it is exclusive. */
  @Nullable Bound lowerBound() {
    return bound("minimum", "exclusiveMinimum", true);
  }

  /** The upper bound on numbers, and whether it is exclusive. */
  @Nullable Bound upperBound() {
    return bound("maximum", "exclusiveMaximum", false);
  }

  private @Nullable Bound bound(String inclusiveKeyword, String exclusiveKeyword, boolean lower) {
    Bound best = null;
    for (Site site : sites) {
      JsonNode node = site.node();
      Bound candidate = null;
      if (node.path(inclusiveKeyword).isNumber()) {
        // draft 4: "exclusiveMinimum": true makes "minimum" exclusive
        boolean exclusive = node.path(exclusiveKeyword).asBoolean(false)
            && node.path(exclusiveKeyword).isBoolean();
        candidate = new Bound(node.get(inclusiveKeyword).decimalValue(), exclusive);
      }
      if (node.path(exclusiveKeyword).isNumber()) {
        Bound exclusive = new Bound(node.get(exclusiveKeyword).decimalValue(), true);
        candidate = candidate == null ? exclusive : tighter(candidate, exclusive, lower);
      }
      if (candidate != null) {
        best = best == null ? candidate : tighter(best, candidate, lower);
      }
    }
    return best;
  }

  private static Bound tighter(Bound a, Bound b, boolean lower) {
    int order = a.value().compareTo(b.value());
    if (order == 0) {
      return a.exclusive() ? a : b;
    }
    return (order > 0) == lower ? a : b;
  }

  /** Every {@code multipleOf}. */
  List<BigDecimal> multiples() {
    List<BigDecimal> multiples = new ArrayList<>();
    for (Site site : sites) {
      if (site.node().path("multipleOf").isNumber()) {
        multiples.add(site.node().get("multipleOf").decimalValue());
      }
    }
    return multiples;
  }

  /** The largest of a non-negative integer keyword, or the default. */
  int largest(String keyword, int absent) {
    int best = absent;
    boolean seen = false;
    for (Site site : sites) {
      if (site.node().path(keyword).canConvertToInt()) {
        int value = site.node().get(keyword).asInt();
        best = seen ? Math.max(best, value) : value;
        seen = true;
      }
    }
    return best;
  }

  /** The smallest of a non-negative integer keyword, or the default. */
  int smallest(String keyword, int absent) {
    int best = absent;
    for (Site site : sites) {
      if (site.node().path(keyword).canConvertToInt()) {
        best = Math.min(best, site.node().get(keyword).asInt());
      }
    }
    return best;
  }

  /** Every value of a string-valued keyword ({@code pattern}, {@code format}...). */
  List<String> texts(String keyword) {
    List<String> texts = new ArrayList<>();
    for (Site site : sites) {
      if (site.node().path(keyword).isTextual()) {
        texts.add(site.node().get(keyword).asText());
      }
    }
    return texts;
  }

  /** Whether some subschema sets a boolean keyword ({@code uniqueItems}) to true. */
  boolean anyTrue(String keyword) {
    return sites.stream().anyMatch(s -> s.node().path(keyword).asBoolean(false));
  }

  private static @Nullable Set<String> declaredTypes(List<Site> sites) {
    Set<String> allowed = null;
    for (Site site : sites) {
      JsonNode type = site.node().path("type");
      if (!type.isTextual() && !type.isArray()) {
        continue;
      }
      Set<String> declared = new LinkedHashSet<>();
      if (type.isTextual()) {
        declared.add(type.asText());
      } else {
        type.forEach(t -> declared.add(t.asText()));
      }
      allowed = allowed == null ? declared : intersect(allowed, declared);
    }
    return allowed;
  }

  /** Integers are numbers: {number} and {integer} meet in {integer}. */
  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> result = new LinkedHashSet<>();
    for (String t : a) {
      if (b.contains(t)) {
        result.add(t);
      } else if (t.equals("number") && b.contains("integer")
          || t.equals("integer") && b.contains("number")) {
        result.add("integer");
      }
    }
    return result;
  }

  /** A numeric bound. */
  record Bound(BigDecimal value, boolean exclusive) {}
}
