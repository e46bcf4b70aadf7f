package dev.treaty.internal.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.model.Constraints;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Problem;
import dev.treaty.model.TypeName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON payload against an expectation: every declared field present if required,
 * non-null unless nullable, of the declared type, within the declared values when unknown values
 * are rejected, within the declared constraints; no unknown fields where extra fields are rejected,
 * at the levels the expectation describes (objects it declares at least one field of). Paths with
 * {@code []} and <code>{}</code> are checked for every element and value; a value with union
 * branches ({@code payment<Card>}) passes if it meets one branch, and otherwise the closest branch's
 * problems are reported. An object without its own {@code extraFields} setting takes the nearest
 * enclosing object's, else the document's, as the consumer check does.
 */
public final class PayloadChecker {

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** The expectation as a tree of path segments, so the payload is walked once. */
  private static final class Node {
    final FieldPath path;
    @Nullable FieldExpectation field;
    final Map<String, Node> fields = new LinkedHashMap<>();
    final Map<String, Node> branches = new LinkedHashMap<>();
    @Nullable Node element;
    @Nullable Node mapValue;

    Node(FieldPath path) {
      this.path = path;
    }

    Node child(FieldPath.Segment segment) {
      FieldPath childPath = path.append(segment);
      if (segment instanceof FieldPath.Field f) {
        return fields.computeIfAbsent(f.name(), k -> new Node(childPath));
      }
      if (segment instanceof FieldPath.Branch b) {
        return branches.computeIfAbsent(b.label(), k -> new Node(childPath));
      }
      if (segment instanceof FieldPath.Element) {
        if (element == null) {
          element = new Node(childPath);
        }
        return element;
      }
      if (mapValue == null) {
        mapValue = new Node(childPath);
      }
      return mapValue;
    }
  }

  private final Expectation expectation;
  private final Map<FieldPath, FieldExpectation> byPath = new HashMap<>();
  private final Node root = new Node(FieldPath.ROOT);

  private PayloadChecker(Expectation expectation) {
    this.expectation = expectation;
    for (FieldExpectation field : expectation.fields()) {
      byPath.put(field.path(), field);
      Node node = root;
      for (FieldPath.Segment segment : field.path().segments()) {
        node = node.child(segment);
      }
      node.field = field;
    }
  }

  /**
   * Checks a payload.
   *
   * @param expectation what the consumer relies on
   * @param payload the payload, parsed with locations
   * @return every violation, each at the payload's line and column with a JSON pointer, in payload order
   */
  public static List<Problem> check(Expectation expectation, LocatedDocument payload) {
    List<Violation> violations = new ArrayList<>();
    PayloadChecker checker = new PayloadChecker(expectation);
    checker.valueAt(checker.root, payload.root(), "", violations);
    List<Problem> problems = new ArrayList<>();
    for (Violation violation : violations) {
      problems.add(payload.problem(violation.pointer(), violation.message()));
    }
    problems.sort(null);
    return List.copyOf(problems);
  }

  private record Violation(String pointer, String message) {}

  private void valueAt(Node node, JsonNode value, String pointer, List<Violation> out) {
    FieldExpectation field = node.field;
    if (value.isNull()) {
      if (field != null && !field.nullable()) {
        out.add(new Violation(pointer, PayloadMessages.isNull(node.path)));
      }
      return;
    }
    if (field != null && !scalar(field, value, pointer, out)) {
      return; // of the wrong type: nothing below it can be checked meaningfully
    }
    if (node.branches.isEmpty()) {
      below(node, List.of(node), value, pointer, out);
      return;
    }
    List<Violation> closest = null;
    for (Node branch : candidates(node, value)) {
      List<Violation> attempt = new ArrayList<>();
      if (branch.field == null || scalar(branch.field, value, pointer, attempt)) {
        below(branch, List.of(node, branch), value, pointer, attempt);
      }
      if (attempt.isEmpty()) {
        return;
      }
      if (closest == null || attempt.size() < closest.size()) {
        closest = attempt;
      }
    }
    out.add(new Violation(pointer, PayloadMessages.noBranch(node.path, new ArrayList<>(node.branches.keySet()))));
    out.addAll(closest);
  }

  /**
   * Checks what lies below a value: its elements, map values or fields. {@code levels} are the
   * nodes whose fields the value has: the node itself, or a union and one of its branches.
   */
  private void below(Node node, List<Node> levels, JsonNode value, String pointer, List<Violation> out) {
    if (value.isArray() && node.element != null) {
      for (int i = 0; i < value.size(); i++) {
        valueAt(node.element, value.get(i), pointer + "/" + i, out);
      }
    } else if (value.isObject() && node.mapValue != null) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        valueAt(node.mapValue, entry.getValue(), pointer + "/" + escape(entry.getKey()), out);
      }
    } else if (value.isObject()) {
      fields(node, levels, value, pointer, out);
    }
  }

  /**
   * The branches an object may be in. A branch that lists the object's value of one of its fields
   * (the type id, say) claims it, as a discriminator would; only when no branch claims the object
   * are all branches tried (so a default branch takes only the ids no other branch lists).
   */
  private static List<Node> candidates(Node union, JsonNode value) {
    List<Node> claiming = new ArrayList<>();
    for (Node branch : union.branches.values()) {
      for (Map.Entry<String, Node> child : branch.fields.entrySet()) {
        FieldExpectation declared = child.getValue().field;
        JsonNode member = value.get(child.getKey());
        if (declared != null && !declared.values().isEmpty() && member != null && member.isValueNode()
            && handled(declared, member)) {
          claiming.add(branch);
          break;
        }
      }
    }
    return claiming.isEmpty() ? List.copyOf(union.branches.values()) : claiming;
  }

  /** Checks the declared fields of an object and, where the consumer rejects them, unknown ones. */
  private void fields(Node object, List<Node> levels, JsonNode value, String pointer, List<Violation> out) {
    Set<String> known = new HashSet<>();
    for (Node level : levels) {
      for (Map.Entry<String, Node> child : level.fields.entrySet()) {
        known.add(child.getKey());
        JsonNode member = value.get(child.getKey());
        String memberPointer = pointer + "/" + escape(child.getKey());
        if (member == null) {
          FieldExpectation declared = child.getValue().field;
          if (declared != null && declared.required()) {
            out.add(new Violation(memberPointer, PayloadMessages.missing(child.getValue().path)));
          }
        } else {
          valueAt(child.getValue(), member, memberPointer, out);
        }
      }
    }
    if (known.isEmpty() || tolerance(object) == Tolerance.TOLERATE) {
      return; // a level the expectation does not describe, or one that tolerates extras
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      if (!known.contains(member.getKey())) {
        out.add(new Violation(pointer + "/" + escape(member.getKey()),
            PayloadMessages.extraField(object.path, member.getKey())));
      }
    }
  }

  /** The object's own setting, else the nearest enclosing object's, else the document's. */
  private Tolerance tolerance(Node object) {
    for (FieldPath p = object.path; !p.isRoot(); p = p.parent()) {
      FieldExpectation field = byPath.get(p);
      if (field != null && field.extraFields() != null) {
        return field.extraFields();
      }
    }
    return expectation.extraFields();
  }

  /** Checks type, values and constraints; returns whether the value is of the declared type. */
  private boolean scalar(FieldExpectation field, JsonNode value, String pointer, List<Violation> out) {
    TypeName type = field.type();
    FieldPath path = field.path();
    if (type != null) {
      JsonValueTypes.Fit fit = JsonValueTypes.fit(value, type);
      if (fit == JsonValueTypes.Fit.WRONG_TYPE) {
        out.add(new Violation(pointer, PayloadMessages.wrongType(path, value, type)));
        return false;
      }
      if (fit == JsonValueTypes.Fit.OUT_OF_RANGE) {
        out.add(new Violation(pointer, PayloadMessages.doesNotFit(path, value, type)));
      }
    }
    if (!field.values().isEmpty() && field.unknownValues() == Tolerance.REJECT && !handled(field, value)) {
      out.add(new Violation(pointer, PayloadMessages.unknownValue(path, value, field.values())));
    }
    constraints(field, value, pointer, out);
    return true;
  }

  private static boolean handled(FieldExpectation field, JsonNode value) {
    if (value.isNumber()) {
      for (String candidate : field.values()) {
        try {
          if (new BigDecimal(candidate).compareTo(value.decimalValue()) == 0) {
            return true;
          }
        } catch (NumberFormatException e) {
          // a text value cannot equal a number
        }
      }
      return false;
    }
    return (value.isTextual() || value.isBoolean()) && field.values().contains(value.asText());
  }

  private static void constraints(FieldExpectation field, JsonNode value, String pointer, List<Violation> out) {
    Constraints c = field.constraints();
    if (c.isEmpty()) {
      return;
    }
    FieldPath path = field.path();
    Long length = length(field, value);
    if (length != null && c.minLength() != null && length < c.minLength()) {
      out.add(new Violation(pointer, PayloadMessages.tooShort(path, length, c.minLength())));
    }
    if (length != null && c.maxLength() != null && length > c.maxLength()) {
      out.add(new Violation(pointer, PayloadMessages.tooLong(path, length, c.maxLength())));
    }
    if (value.isTextual() && c.pattern() != null
        && !PATTERNS.computeIfAbsent(c.pattern(), Pattern::compile).matcher(value.asText()).find()) {
      out.add(new Violation(pointer, PayloadMessages.noMatch(path, value, c.pattern())));
    }
    if (value.isTextual() && c.format() != null && !JsonValueTypes.hasFormat(value.asText(), c.format())) {
      out.add(new Violation(pointer, PayloadMessages.notOfFormat(path, value, c.format())));
    }
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      if (c.minimum() != null) {
        int order = number.compareTo(c.minimum());
        if (order < 0 || (order == 0 && c.exclusiveMinimum())) {
          out.add(new Violation(pointer, PayloadMessages.belowMinimum(path, value, c.minimum(), c.exclusiveMinimum())));
        }
      }
      if (c.maximum() != null) {
        int order = number.compareTo(c.maximum());
        if (order > 0 || (order == 0 && c.exclusiveMaximum())) {
          out.add(new Violation(pointer, PayloadMessages.aboveMaximum(path, value, c.maximum(), c.exclusiveMaximum())));
        }
      }
      if (c.multipleOf() != null && Constraints.isWorkable(number)
          && number.remainder(c.multipleOf()).signum() != 0) {
        out.add(new Violation(pointer, PayloadMessages.notMultiple(path, value, c.multipleOf())));
      }
    }
  }

  /** Characters (code points) of text, bytes of binary, elements of arrays, entries of objects. */
  private static @Nullable Long length(FieldExpectation field, JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      if (field.type() != null && field.type().base().equals("bytes")) {
        try {
          return (long) Base64.getDecoder().decode(text).length;
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      return (long) text.codePointCount(0, text.length());
    }
    if (value.isArray() || value.isObject()) {
      return (long) value.size();
    }
    return null;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
