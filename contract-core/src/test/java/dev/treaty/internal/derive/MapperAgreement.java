package dev.treaty.internal.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Proves a derived expectation against the mapper it was derived with: starting from a payload the
 * mapper reads, it removes each field, sets each to null, adds an unknown field to each object and
 * puts an unknown value in each field that lists values, and checks that the mapper fails exactly
 * when the expectation says the consumer would (required, not nullable, extra fields rejected,
 * unknown values rejected).
 *
 * <p>One deviation is allowed and reported, never hidden: a primitive that is absent or null reads
 * silently as 0 or false. The expectation calls it required and not nullable on purpose; the test
 * names those paths.
 */
final class MapperAgreement {

  static final String UNKNOWN_FIELD = "zzUnknownField";
  static final String UNKNOWN_VALUE = "zz-unknown-value";

  /** The result: every mutation tried, the silent deviations, and any disagreement. */
  record Result(List<String> mutations, Set<String> silentDefaults, List<String> disagreements) {}

  private final ObjectMapper mapper;
  private final Class<?> type;
  private final Expectation expectation;
  private final Predicate<String> otherVerdict;
  private final List<String> mutations = new ArrayList<>();
  private final Set<String> silent = new TreeSet<>();
  private final List<String> disagreements = new ArrayList<>();

  private MapperAgreement(ObjectMapper mapper, Class<?> type, Expectation expectation, Predicate<String> otherVerdict) {
    this.mapper = mapper;
    this.type = type;
    this.expectation = expectation;
    this.otherVerdict = otherVerdict;
  }

  /**
   * Runs every mutation of {@code payload}.
   *
   * @param otherVerdict a second judge that must agree with the expectation on each mutated payload
   *     ({@code true} = the payload is accepted), e.g. Treaty's payload check; {@code json -> null}
   *     to skip
   */
  static Result check(ObjectMapper mapper, Class<?> type, Expectation expectation, String payload,
      Predicate<String> otherVerdict) {
    MapperAgreement agreement = new MapperAgreement(mapper, type, expectation, otherVerdict);
    JsonNode root = agreement.parse(payload);
    if (!agreement.reads(payload)) {
      throw new AssertionError("the mapper does not read the base payload " + payload);
    }
    agreement.walk(root, root, FieldPath.ROOT, "");
    return new Result(List.copyOf(agreement.mutations), Set.copyOf(agreement.silent),
        List.copyOf(agreement.disagreements));
  }

  /** Runs every mutation with Treaty's payload check as the second judge. */
  static Result check(ObjectMapper mapper, Class<?> type, Expectation expectation, String payload) {
    return check(mapper, type, expectation, payload,
        json -> dev.treaty.Treaty.checkPayload(expectation, json).isEmpty());
  }

  private void walk(JsonNode root, JsonNode node, FieldPath path, String pointer) {
    Optional<FieldExpectation> here = path.isRoot() ? Optional.empty() : expectation.field(path);
    if (node.isObject() && here.map(f -> f.type() != null && f.type().base().equals("map")).orElse(false)) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        walk(root, entry.getValue(), path.mapValue(), pointer + "/" + escape(entry.getKey()));
      }
      return;
    }
    if (node.isObject()) {
      FieldPath objectPath = branchOf(path, node);
      if (!describes(path) && !describes(objectPath)) {
        return; // a level the expectation does not describe (below a recursive type, say)
      }
      Tolerance extra = objectPath.isRoot() ? expectation.extraFields()
          : expectation.field(objectPath).map(FieldExpectation::extraFields).orElse(null);
      if (extra == null) {
        extra = expectation.extraFields();
      }
      String addPointer = pointer;
      try_(root, "add unknown field at " + display(pointer), objectPath, extra == Tolerance.TOLERATE,
          copy -> ((ObjectNode) at(copy, addPointer)).put(UNKNOWN_FIELD, 1));
      List<String> names = new ArrayList<>();
      node.properties().forEach(entry -> names.add(entry.getKey()));
      boolean inBranch = !objectPath.equals(path);
      for (String name : names) {
        FieldPath fieldPath = objectPath.field(name);
        Optional<FieldExpectation> field = expectation.field(fieldPath);
        if (field.isEmpty()) {
          field = expectation.field(path.field(name));
        }
        if (field.isEmpty()) {
          disagreements.add("the payload's field " + pointer + "/" + name + " has no expectation at " + fieldPath);
          continue;
        }
        FieldExpectation f = field.get();
        String fieldPointer = pointer + "/" + escape(name);
        // A branch's id field decides the branch: the object reads if any branch takes the id.
        boolean isId = inBranch && !f.values().isEmpty();
        try_(root, "remove " + fieldPointer, fieldPath,
            isId ? anyBranchTakes(path, name, true) : !f.required(),
            copy -> ((ObjectNode) at(copy, pointer)).remove(name));
        try_(root, "null " + fieldPointer, fieldPath, f.nullable(),
            copy -> ((ObjectNode) at(copy, pointer)).putNull(name));
        if (!f.values().isEmpty()) {
          try_(root, "unknown value at " + fieldPointer, fieldPath,
              isId ? anyBranchTakes(path, name, false) : f.unknownValues() == Tolerance.TOLERATE,
              copy -> ((ObjectNode) at(copy, pointer)).set(name, new TextNode(UNKNOWN_VALUE)));
        }
        walk(root, node.get(name), f.path(), fieldPointer);
      }
    } else if (node.isArray()) {
      FieldPath elementPath = path.element();
      Optional<FieldExpectation> element = expectation.field(elementPath);
      for (int i = 0; i < node.size(); i++) {
        String elementPointer = pointer + "/" + i;
        int index = i;
        element.ifPresent(f -> try_(root, "null " + elementPointer, elementPath, f.nullable(),
            copy -> ((ArrayNode) at(copy, pointer)).set(index, com.fasterxml.jackson.databind.node.NullNode.getInstance())));
        walk(root, node.get(i), elementPath, elementPointer);
      }
    }
  }

  /** Whether the expectation declares any field of the object at this path. */
  private boolean describes(FieldPath object) {
    return expectation.fields().stream().anyMatch(f -> f.path().parent().equals(object)
        && f.path().last() instanceof FieldPath.Field);
  }

  /** Whether some branch of the union at {@code union} takes a missing or an unknown id. */
  private boolean anyBranchTakes(FieldPath union, String idName, boolean missing) {
    for (FieldExpectation branch : expectation.fields()) {
      if (branch.path().parent().equals(union) && branch.path().last() instanceof FieldPath.Branch) {
        Optional<FieldExpectation> id = expectation.field(branch.path().field(idName));
        boolean takes = id.isEmpty() || (missing ? !id.get().required()
            : id.get().values().isEmpty() || id.get().unknownValues() == Tolerance.TOLERATE);
        if (takes) {
          return true;
        }
      }
    }
    return false;
  }

  /** The union branch an object is in: the one whose id field lists the object's id. */
  private FieldPath branchOf(FieldPath path, JsonNode object) {
    for (FieldExpectation field : expectation.fields()) {
      FieldPath candidate = field.path();
      if (candidate.segments().size() == path.segments().size() + 1 && candidate.startsWith(path)
          && candidate.last() instanceof FieldPath.Branch) {
        for (FieldExpectation id : expectation.fields()) {
          if (id.path().parent().equals(candidate) && !id.values().isEmpty()
              && id.path().last() instanceof FieldPath.Field name
              && id.values().contains(object.path(name.name()).asText(null))) {
            return candidate;
          }
        }
      }
    }
    return path;
  }

  private interface Mutation {
    void apply(JsonNode copy);
  }

  private void try_(JsonNode root, String what, FieldPath path, boolean expectedToRead, Mutation mutation) {
    JsonNode copy = root.deepCopy();
    mutation.apply(copy);
    String json = copy.toString();
    boolean read = reads(json);
    mutations.add(what + ": " + (read ? "reads" : "fails"));
    if (read != expectedToRead) {
      if (read && !expectedToRead && (what.startsWith("remove") || what.startsWith("null"))) {
        silent.add(path.toString());
      } else {
        disagreements.add(what + " (" + path + "): the mapper " + (read ? "reads it" : "fails")
            + " but the expectation says the consumer " + (expectedToRead ? "reads it" : "fails"));
      }
    }
    if (otherVerdict.test(json) != expectedToRead) {
      disagreements.add(what + " (" + path + "): the second judge disagrees with the expectation");
    }
  }

  private boolean reads(String json) {
    try {
      mapper.readValue(json, type);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static JsonNode at(JsonNode root, String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String display(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }
}
