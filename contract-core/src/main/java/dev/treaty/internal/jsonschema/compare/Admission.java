package dev.treaty.internal.jsonschema.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which kinds of value a conjunction admits, whether its numbers are integers, and which values
 * it lists ({@code enum}/{@code const}). {@code type}, {@code enum}, {@code const}, OpenAPI's
 * {@code nullable: true} and a {@code not} of bare types all take part; {@code false} admits
 * nothing.
 */
public final class Admission {

  private Admission() {}

  /**
   * The kinds of value the conjunction admits.
   *
   * @param conjunction the conjunction
   * @return the kinds, empty if it admits nothing
   */
  public static EnumSet<Kind> kinds(Conjunction conjunction) {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (conjunction.unsatisfiable()) {
      return kinds;
    }
    for (Kind kind : Kind.values()) {
      if (admits(conjunction, kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Whether the conjunction admits some value of a kind.
   *
   * @param conjunction the conjunction
   * @param kind the kind
   * @return {@code true} if it may
   */
  public static boolean admits(Conjunction conjunction, Kind kind) {
    if (conjunction.unsatisfiable()) {
      return false;
    }
    for (SchemaNode member : conjunction.members()) {
      if (!typeAdmits(member, kind)) {
        return false;
      }
      if (conjunction.withResiduals() && negatesKind(member, kind)) {
        return false;
      }
    }
    List<JsonNode> values = values(conjunction, kind);
    return values == null || !values.isEmpty();
  }

  /**
   * Whether the conjunction's numbers must be whole: a member's {@code type} is
   * {@code integer} without {@code number}, or its {@code multipleOf} is a whole number.
   *
   * @param conjunction the conjunction
   * @return {@code true} if only integers are numbers here
   */
  public static boolean integral(Conjunction conjunction) {
    for (SchemaNode member : conjunction.members()) {
      Set<String> types = member.types();
      if (types != null && types.contains("integer") && !types.contains("number")) {
        return true;
      }
      BigDecimal step = member.decimal("multipleOf");
      if (step != null && step.signum() > 0 && step.stripTrailingZeros().scale() <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a member's {@code type} says {@code integer} without {@code number}.
   *
   * @param conjunction the conjunction
   * @return {@code true} if the type keyword alone rules out fractions
   */
  public static boolean integralByType(Conjunction conjunction) {
    for (SchemaNode member : conjunction.members()) {
      Set<String> types = member.types();
      if (types != null && types.contains("integer") && !types.contains("number")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values of a kind the conjunction lists.
   *
   * @param conjunction the conjunction
   * @param kind the kind
   * @return the values every member allows (booleans and null count as listed: their kind has
   *     finitely many values), or {@code null} when any value of the kind may do
   */
  public static @Nullable List<JsonNode> values(Conjunction conjunction, Kind kind) {
    Map<String, JsonNode> result = null;
    for (SchemaNode member : conjunction.members()) {
      List<JsonNode> allowed = member.allowedValues();
      if (allowed == null) {
        continue;
      }
      Map<String, JsonNode> mine = new LinkedHashMap<>();
      for (JsonNode value : allowed) {
        if (Kind.of(value) == kind) {
          mine.put(CanonicalJson.of(value), value);
        }
      }
      if (result == null) {
        result = mine;
      } else {
        result.keySet().retainAll(mine.keySet());
      }
    }
    if (result == null) {
      if (kind == Kind.BOOLEAN) {
        result = new LinkedHashMap<>();
        result.put("false", BooleanNode.FALSE);
        result.put("true", BooleanNode.TRUE);
      } else if (kind == Kind.NULL) {
        result = new LinkedHashMap<>();
        result.put("null", NullNode.getInstance());
      } else {
        return null;
      }
    }
    boolean integral = kind == Kind.NUMBER && integral(conjunction);
    List<JsonNode> values = new ArrayList<>();
    for (Iterator<JsonNode> it = result.values().iterator(); it.hasNext(); ) {
      JsonNode value = it.next();
      if (!integral || Kind.isIntegral(value)) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Whether a member's {@code type} (with OpenAPI's {@code nullable}) lets a kind through.
   *
   * @param member a schema
   * @param kind a kind
   * @return {@code true} if the member has no {@code type} or names the kind
   */
  static boolean typeAdmits(SchemaNode member, Kind kind) {
    Set<String> types = member.types();
    if (types == null) {
      return true;
    }
    if (kind == Kind.NULL && member.openApiNullable()) {
      return true;
    }
    for (String name : types) {
      if (Kind.ofTypeName(name) == kind) {
        return true;
      }
    }
    return false;
  }

  /** A {@code not} whose schema is only a {@code type} (or is {@code true}) rules kinds out. */
  private static boolean negatesKind(SchemaNode member, Kind kind) {
    SchemaNode negated = member.subschema("not");
    if (negated == null) {
      return false;
    }
    if (negated.isBoolean()) {
      return !negated.isFalse();
    }
    JsonNode json = negated.json();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals("type") && !CanonicalJson.ANNOTATIONS.contains(name)) {
        return false;
      }
    }
    Set<String> types = negated.types();
    if (types == null) {
      return true;
    }
    if (kind == Kind.NUMBER) {
      return types.contains("number");
    }
    return typeAdmits(negated, kind);
  }
}
