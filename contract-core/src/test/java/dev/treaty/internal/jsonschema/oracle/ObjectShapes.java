package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Objects for a constraint view, in shapes that tell schemas apart: only the required properties;
 * all of them, once per candidate value; each optional one alone and each one left out; and extra
 * properties (names of the other schema, pattern-matching names, a plain extra name) with a value
 * of every kind, wherever {@code additionalProperties}, {@code patternProperties} or
 * {@code unevaluatedProperties} let them in. Dependencies are closed over and
 * {@code minProperties}/{@code maxProperties} respected before the validator sees the result.
 */
final class ObjectShapes {

  private static final int MAX_EXTRA_NAMES = 6;
  private static final int MAX_SINGLE_SHAPES = 8;
  private static final String EXTRA_NAME = "extra";
  /** Objects padded to a bound of the other schema are built up to this size. */
  private static final int MAX_SIZED = 64;

  private final ConstraintView view;
  private final int depth;
  private final PartSource parts;
  private final List<String> declared;
  private final List<String> required;

  ObjectShapes(ConstraintView view, int depth, PartSource parts) {
    this.view = view;
    this.depth = depth;
    this.parts = parts;
    Set<String> names = new LinkedHashSet<>();
    Set<String> needed = new LinkedHashSet<>();
    for (Site site : view.sites()) {
      site.node().path("properties").fieldNames().forEachRemaining(names::add);
      site.node().path("required").forEach(n -> needed.add(n.asText()));
    }
    // properties a dependent schema describes are optional properties of this object too
    for (Site site : view.sites()) {
      for (String keyword : new String[] {"dependentSchemas", "dependencies"}) {
        for (JsonNode dependent : site.node().path(keyword)) {
          dependent.path("properties").fieldNames().forEachRemaining(names::add);
        }
      }
    }
    names.addAll(needed);
    this.declared = List.copyOf(names);
    this.required = List.copyOf(needed);
  }

  /**
   * The objects, at most {@code limit}. The kinds of shape take turns, so that a small limit
   * (deep inside an instance) still gets one of each.
   */
  List<JsonNode> build(int limit) {
    int rotations = Math.min(limit, maxValueCount());
    List<JsonNode> requiredOnly = new ArrayList<>();
    for (int r = 0; r < (parts.minimal(depth) ? 1 : rotations); r++) {
      add(requiredOnly, assemble(required, r, Map.of(), 0));
    }
    if (parts.minimal(depth)) {
      return requiredOnly;
    }
    List<JsonNode> complete = new ArrayList<>();
    for (int r = 0; r < rotations; r++) {
      add(complete, assemble(declared, r, Map.of(), 0));
    }
    return InstanceGenerator.interleave(
        List.of(requiredOnly, complete, partial(), extended(), sized()), limit);
  }

  /** Each optional property alone (with the required ones), and all but that one. */
  private List<JsonNode> partial() {
    List<String> optional = declared.stream().filter(n -> !required.contains(n)).toList();
    List<JsonNode> partial = new ArrayList<>();
    for (int i = 0; i < optional.size() && i < MAX_SINGLE_SHAPES; i++) {
      List<String> one = new ArrayList<>(required);
      one.add(optional.get(i));
      add(partial, assemble(one, 0, Map.of(), 0));
      List<String> allButOne = new ArrayList<>(declared);
      allButOne.remove(optional.get(i));
      add(partial, assemble(allButOne, 1, Map.of(), 0));
    }
    return partial;
  }

  /**
   * One extra property at a time, with each kind of value. Each name starts at another kind, so
   * that few slots still mix names and kinds.
   */
  private List<JsonNode> extended() {
    List<List<JsonNode>> perName = new ArrayList<>();
    List<String> extras = extraNames();
    for (int k = 0; k < extras.size(); k++) {
      Conjunction where = conjunctionFor(extras.get(k), view.sites());
      if (where.forbidden()) {
        continue;
      }
      List<JsonNode> values = extraValues(where);
      List<JsonNode> withName = new ArrayList<>();
      for (int v = 0; v < values.size(); v++) {
        Map<String, JsonNode> extra = Map.of(extras.get(k), values.get((k + v) % values.size()));
        add(withName, assemble(required, 0, extra, 0));
        add(withName, assemble(declared, 0, extra, 0));
      }
      perName.add(withName);
    }
    return InstanceGenerator.interleave(perName, Integer.MAX_VALUE);
  }

  /** As many properties as a bound of either schema, and one more. */
  private List<JsonNode> sized() {
    List<JsonNode> sized = new ArrayList<>();
    for (BigDecimal n : parts.vocabulary().numbers()) {
      if (n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(MAX_SIZED)) <= 0) {
        add(sized, assemble(required, 0, Map.of(), n.intValue()));
        add(sized, assemble(required, 0, Map.of(), n.intValue() + 1));
      }
    }
    return sized;
  }

  private static void add(List<JsonNode> objects, @Nullable JsonNode object) {
    if (object != null) {
      objects.add(object);
    }
  }

  private int maxValueCount() {
    int count = 1;
    for (String name : declared) {
      Conjunction where = conjunctionFor(name, view.sites());
      if (!where.forbidden()) {
        count = Math.max(count, valuesOf(where).size());
      }
    }
    return count;
  }

  /**
   * One object: the given names (plus required ones and what dependencies pull in), each with its
   * {@code rotation}-th candidate value, and fixed values where given; padded with more
   * properties up to {@code size} or {@code minProperties}.
   */
  private @Nullable ObjectNode assemble(List<String> names, int rotation, Map<String, JsonNode> fixed, int size) {
    Set<String> present = new LinkedHashSet<>(names);
    present.addAll(required);
    present.addAll(fixed.keySet());
    List<Site> sites = new ArrayList<>(view.sites());
    closeOverDependencies(present, sites);
    int min = Math.max(size, view.largest("minProperties", 0));
    int max = view.smallest("maxProperties", Integer.MAX_VALUE);
    for (String padding : paddingNames()) {
      if (present.size() >= min) {
        break;
      }
      present.add(padding);
    }
    List<String> order = new ArrayList<>(present);
    for (int i = order.size() - 1; i >= 0 && order.size() > max; i--) {
      String name = order.get(i);
      if (!required.contains(name) && !fixed.containsKey(name)) {
        order.remove(i);
      }
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (String name : order) {
      JsonNode value = fixed.get(name);
      if (value == null) {
        Conjunction where = conjunctionFor(name, sites);
        if (where.forbidden()) {
          return null;
        }
        List<JsonNode> values = valuesOf(where);
        if (values.isEmpty()) {
          return null;
        }
        value = values.get(rotation % values.size());
      }
      object.set(name, value);
    }
    return object;
  }

  private void closeOverDependencies(Set<String> present, List<Site> sites) {
    for (int round = 0; round < 3; round++) {
      for (String trigger : List.copyOf(present)) {
        for (Site site : List.copyOf(sites)) {
          for (String keyword : new String[] {"dependentRequired", "dependencies", "dependentSchemas"}) {
            JsonNode dependency = site.node().path(keyword).path(trigger);
            if (dependency.isArray()) {
              dependency.forEach(n -> present.add(n.asText()));
            } else if (SchemaKeywords.isSchema(dependency)) {
              Site dependent = site.child(keyword, trigger);
              if (sites.stream().noneMatch(s -> s.pointer().equals(dependent.pointer()))) {
                sites.add(dependent);
                dependency.path("required").forEach(n -> present.add(n.asText()));
              }
            }
          }
        }
      }
    }
  }

  private List<JsonNode> valuesOf(Conjunction where) {
    return where.sites().isEmpty() ? AnyValues.ofEveryKind() : parts.values(where.sites(), depth + 1);
  }

  private List<JsonNode> extraValues(Conjunction where) {
    List<JsonNode> values = valuesOf(where);
    return values.subList(0, Math.min(values.size(), AnyValues.ofEveryKind().size()));
  }

  /** Names not declared here: the vocabulary's, pattern-matching ones, and a plain extra name. */
  private List<String> extraNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Site site : view.sites()) {
      site.node().path("patternProperties").fieldNames().forEachRemaining(
          pattern -> names.addAll(RegexStringGenerator.generate(pattern, 2, parts.seed())));
    }
    names.addAll(parts.vocabulary().names());
    for (String pattern : parts.vocabulary().patterns()) {
      names.addAll(RegexStringGenerator.generate(pattern, 1, parts.seed()));
    }
    for (Site site : view.sites()) {
      if (site.has("propertyNames")) {
        for (JsonNode name : parts.values(List.of(site.child("propertyNames")), depth + 1)) {
          if (name.isTextual()) {
            names.add(name.asText());
          }
        }
      }
    }
    names.add(EXTRA_NAME);
    List<String> extras = new ArrayList<>();
    for (String name : names) {
      if (!declared.contains(name) && nameAllowed(name) && extras.size() < MAX_EXTRA_NAMES) {
        extras.add(name);
      }
    }
    return extras;
  }

  private List<String> paddingNames() {
    List<String> names = new ArrayList<>(declared);
    names.addAll(extraNames());
    for (int i = 0; i < 64; i++) {
      names.add("p" + i);
    }
    return names.stream().filter(n -> !conjunctionFor(n, view.sites()).forbidden()).toList();
  }

  private boolean nameAllowed(String name) {
    for (Site site : view.sites()) {
      if (site.has("propertyNames") && !parts.accepts(site.child("propertyNames"), TextNode.valueOf(name))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subschemas that apply to a property's value: its {@code properties} entries, matching
   * {@code patternProperties}, and otherwise {@code additionalProperties} (or, where nothing else
   * evaluates it, {@code unevaluatedProperties}). Forbidden when one of those is {@code false}.
   */
  private static Conjunction conjunctionFor(String name, List<Site> sites) {
    List<Site> applying = new ArrayList<>();
    boolean evaluated = false;
    for (Site site : sites) {
      boolean matched = false;
      if (site.node().path("properties").has(name)) {
        applying.add(site.child("properties", name));
        matched = true;
      }
      for (String pattern : (Iterable<String>) site.node().path("patternProperties")::fieldNames) {
        if (finds(pattern, name)) {
          applying.add(site.child("patternProperties", pattern));
          matched = true;
        }
      }
      if (!matched && site.has("additionalProperties")) {
        applying.add(site.child("additionalProperties"));
        matched = true;
      }
      evaluated |= matched;
    }
    if (!evaluated) {
      for (Site site : sites) {
        if (site.has("unevaluatedProperties")) {
          applying.add(site.child("unevaluatedProperties"));
        }
      }
    }
    boolean forbidden = applying.stream().anyMatch(Site::isFalse);
    List<Site> constraining = applying.stream()
        .filter(s -> !(s.node().isBoolean() && s.node().booleanValue())).toList();
    return new Conjunction(constraining, forbidden);
  }

  private static boolean finds(String pattern, String name) {
    try {
      return Pattern.compile(pattern).matcher(name).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /** The subschemas that apply to one property, or that it may not appear at all. */
  private record Conjunction(List<Site> sites, boolean forbidden) {}
}
