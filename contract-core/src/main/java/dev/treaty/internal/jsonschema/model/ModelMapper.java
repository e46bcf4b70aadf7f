package dev.treaty.internal.jsonschema.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.jsonschema.compare.Admission;
import dev.treaty.internal.jsonschema.compare.Alternatives;
import dev.treaty.internal.jsonschema.compare.Conjunction;
import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.NumberRange;
import dev.treaty.internal.jsonschema.compare.PropertySchemas;
import dev.treaty.internal.jsonschema.read.CanonicalJson;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.AnyType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.MapType;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.RefType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimeType;
import dev.treaty.model.DataType.TimestampType;
import dev.treaty.model.DataType.UnionType;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.TimeUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a JSON Schema into Treaty's format-neutral {@link SchemaModel}; the mapping is written
 * down in {@code docs/formats/json-schema.md}. The schema is read the way the comparison reads
 * it (in disjunctive form, one type per kind of value per alternative), so {@code allOf} merges,
 * {@code oneOf}/{@code anyOf} and type arrays become unions, and every spelling of "or null"
 * becomes a union with null. A reference that leads back into itself becomes a
 * {@link RefType} to a named definition.
 */
public final class ModelMapper {

  private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final int MAX_DEPTH = 64;
  private static final Map<Kind, List<String>> IMPLYING = Map.of(
      Kind.OBJECT, List.of("properties", "required", "additionalProperties", "patternProperties",
          "minProperties", "maxProperties", "propertyNames", "dependentRequired"),
      Kind.ARRAY, List.of("items", "prefixItems", "minItems", "maxItems", "contains",
          "uniqueItems"),
      Kind.STRING, List.of("minLength", "maxLength", "pattern", "format"),
      Kind.NUMBER, List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
          "multipleOf"));

  private final Map<SchemaNode, DataType> mapped = new HashMap<>();
  private final Set<SchemaNode> inProgress = new HashSet<>();
  private final Set<SchemaNode> recursive = new HashSet<>();
  private final Map<SchemaNode, String> names = new HashMap<>();
  private final Map<String, DataType> definitions = new LinkedHashMap<>();

  private ModelMapper() {}

  /**
   * Maps a schema.
   *
   * @param root the payload's schema
   * @return the model
   */
  public static SchemaModel map(SchemaNode root) {
    ModelMapper mapper = new ModelMapper();
    DataType type = mapper.location(List.of(root), 0);
    return new SchemaModel(type, mapper.definitions);
  }

  private DataType location(List<SchemaNode> nodes, int depth) {
    if (depth > MAX_DEPTH) {
      return new AnyType();
    }
    if (nodes.size() == 1 && pureReference(nodes.get(0))) {
      return reference(nodes.get(0).references().get(0), depth);
    }
    Alternatives alternatives = Alternatives.of(nodes);
    if (alternatives.overflow()) {
      return new AnyType();
    }
    List<DataType> types = new ArrayList<>();
    for (Conjunction alternative : alternatives.list()) {
      EnumSet<Kind> kinds = Admission.kinds(alternative);
      if (kinds.size() == Kind.values().length) {
        kinds = impliedKinds(alternative);
        if (kinds.isEmpty()) {
          return new AnyType();
        }
      }
      for (Kind kind : kinds) {
        types.add(kind(alternative, kind, depth));
      }
    }
    return union(types);
  }

  /**
   * The kinds a schema without {@code type} is written for, by the keywords it uses: a schema
   * with {@code properties} describes objects even though, as JSON Schema, it accepts anything.
   */
  private static EnumSet<Kind> impliedKinds(Conjunction alternative) {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (SchemaNode member : alternative.members()) {
      for (Map.Entry<Kind, List<String>> entry : IMPLYING.entrySet()) {
        if (entry.getValue().stream().anyMatch(member::has)) {
          kinds.add(entry.getKey());
        }
      }
    }
    return kinds;
  }

  private DataType reference(SchemaNode target, int depth) {
    if (inProgress.contains(target)) {
      recursive.add(target);
      return new RefType(name(target));
    }
    DataType done = mapped.get(target);
    if (done != null) {
      return done;
    }
    inProgress.add(target);
    DataType type = location(List.of(target), depth + 1);
    inProgress.remove(target);
    DataType result = type;
    if (recursive.contains(target)) {
      definitions.put(name(target), type);
      result = new RefType(name(target));
    }
    mapped.put(target, result);
    return result;
  }

  /** A {@code $ref} with nothing beside it that validates. */
  private static boolean pureReference(SchemaNode node) {
    if (node.references().size() != 1) {
      return false;
    }
    if (node.refReplacesSiblings()) {
      return true;
    }
    for (java.util.Iterator<String> it = node.json().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("$ref") && !key.equals("$defs") && !key.equals("definitions")
          && !CanonicalJson.ANNOTATIONS.contains(key)) {
        return false;
      }
    }
    return true;
  }

  private String name(SchemaNode target) {
    return names.computeIfAbsent(target, t -> {
      String base = t.definitionName() != null ? t.definitionName()
          : t.title() != null ? t.title()
          : t.pointer().isEmpty() ? "Root" : t.pointer().substring(t.pointer().lastIndexOf('/') + 1);
      String name = base;
      for (int i = 2; names.containsValue(name); i++) {
        name = base + i;
      }
      return name;
    });
  }

  private DataType kind(Conjunction alternative, Kind kind, int depth) {
    return switch (kind) {
      case NULL -> ScalarType.of(ScalarKind.NULL);
      case BOOLEAN -> ScalarType.of(ScalarKind.BOOLEAN);
      case NUMBER -> number(alternative);
      case STRING -> string(alternative);
      case ARRAY -> array(alternative, depth);
      case OBJECT -> object(alternative, depth);
    };
  }

  private static DataType number(Conjunction alternative) {
    NumberRange range = NumberRange.raw(alternative);
    Constraints constraints = Constraints.NONE.withRange(
        range.lower() == null ? null : range.lower().value(),
        range.lower() != null && range.lower().exclusive(),
        range.upper() == null ? null : range.upper().value(),
        range.upper() != null && range.upper().exclusive());
    BigDecimal step = null;
    for (SchemaNode member : alternative.members()) {
      BigDecimal value = member.decimal("multipleOf");
      step = value != null && value.signum() > 0 ? value : step;
    }
    constraints = constraints.withMultipleOf(step).withAllowedValues(listed(alternative, Kind.NUMBER));
    String format = format(alternative);
    ScalarKind scalar;
    if (Admission.integral(alternative)) {
      scalar = "int32".equals(format) || fits(range, INT32_MIN, INT32_MAX) ? ScalarKind.INT32
          : "int64".equals(format) || fits(range, INT64_MIN, INT64_MAX) ? ScalarKind.INT64
          : ScalarKind.INTEGER;
    } else {
      scalar = "float".equals(format) ? ScalarKind.FLOAT
          : "double".equals(format) ? ScalarKind.DOUBLE : ScalarKind.NUMBER;
    }
    return new ScalarType(scalar, constraints);
  }

  private static boolean fits(NumberRange range, BigDecimal min, BigDecimal max) {
    return range.lower() != null && range.upper() != null
        && range.lower().value().compareTo(min) >= 0 && range.upper().value().compareTo(max) <= 0;
  }

  private static DataType string(Conjunction alternative) {
    String format = format(alternative);
    List<JsonNode> values = Admission.values(alternative, Kind.STRING);
    if (values != null) {
      List<String> symbols = new ArrayList<>();
      values.forEach(v -> symbols.add(v.textValue()));
      return new EnumType(label(alternative), symbols, null);
    }
    if ("date".equals(format)) {
      // A date written as text: the format says so, so that a consumer reading it as a string is
      // told apart from one reading an Avro date (days as an int) as a string.
      return new ScalarType(ScalarKind.DATE, Constraints.NONE.withFormat("date"));
    }
    if ("date-time".equals(format)) {
      return new TimestampType(TimeUnit.TEXT, true);
    }
    if ("time".equals(format)) {
      return new TimeType(TimeUnit.TEXT);
    }
    if ("uuid".equals(format)) {
      return ScalarType.of(ScalarKind.UUID);
    }
    Long min = null;
    Long max = null;
    String pattern = null;
    boolean base64 = false;
    for (SchemaNode member : alternative.members()) {
      min = tighter(min, member.count("minLength"), true);
      max = tighter(max, member.count("maxLength"), false);
      pattern = member.text("pattern") != null ? member.text("pattern") : pattern;
      base64 |= "base64".equals(member.text("contentEncoding"));
    }
    Constraints constraints = Constraints.NONE.withPattern(pattern).withFormat(format);
    if (min == null || max == null || min <= max) {
      constraints = constraints.withLength(min, max);
    }
    return new ScalarType(base64 ? ScalarKind.BYTES : ScalarKind.STRING, constraints);
  }

  private DataType array(Conjunction alternative, int depth) {
    List<SchemaNode> rest = new ArrayList<>();
    List<DataType> positions = new ArrayList<>();
    for (SchemaNode member : alternative.members()) {
      SchemaNode items = member.restItems();
      if (items != null) {
        rest.add(items);
      }
      for (SchemaNode position : member.prefixItems()) {
        positions.add(location(List.of(position), depth + 1));
      }
    }
    DataType items;
    if (positions.isEmpty()) {
      items = rest.isEmpty() ? new AnyType() : location(rest, depth + 1);
    } else {
      if (!rest.isEmpty() && !acceptsNothing(rest)) {
        positions.add(location(rest, depth + 1));
      }
      items = union(positions);
    }
    return new ArrayType(items, lengths(alternative, "minItems", "maxItems"));
  }

  private DataType object(Conjunction alternative, int depth) {
    List<Field> fields = new ArrayList<>();
    Set<String> required = PropertySchemas.required(alternative);
    for (String name : PropertySchemas.declared(alternative)) {
      List<SchemaNode> schemas = PropertySchemas.of(alternative, name);
      if (acceptsNothing(schemas)) {
        continue;
      }
      fields.add(new Field(name, location(schemas, depth + 1), required.contains(name),
          defaultOf(schemas), List.of(), descriptionOf(schemas)));
    }
    boolean patterns = alternative.members().stream()
        .anyMatch(m -> !m.subschemaMap("patternProperties").isEmpty());
    List<SchemaNode> others = PropertySchemas.others(alternative);
    Constraints counts = lengths(alternative, "minProperties", "maxProperties");
    if (fields.isEmpty() && !patterns && !others.isEmpty() && !acceptsNothing(others)) {
      return new MapType(location(others, depth + 1), counts);
    }
    DataType additional;
    if (patterns || others.isEmpty()) {
      additional = new AnyType();
    } else if (acceptsNothing(others)) {
      additional = null;
    } else {
      additional = location(others, depth + 1);
    }
    return new RecordType(label(alternative), fields, additional, counts);
  }

  private static Constraints lengths(Conjunction alternative, String minKeyword,
      String maxKeyword) {
    Long min = null;
    Long max = null;
    for (SchemaNode member : alternative.members()) {
      min = tighter(min, member.count(minKeyword), true);
      max = tighter(max, member.count(maxKeyword), false);
    }
    return min != null && max != null && min > max ? Constraints.NONE
        : Constraints.NONE.withLength(min, max);
  }

  private static @Nullable Long tighter(@Nullable Long current, @Nullable Long candidate,
      boolean lower) {
    if (candidate == null) {
      return current;
    }
    if (current == null) {
      return candidate;
    }
    return lower ? Math.max(current, candidate) : Math.min(current, candidate);
  }

  private static boolean acceptsNothing(List<SchemaNode> schemas) {
    for (Conjunction alternative : Alternatives.of(schemas).list()) {
      if (!Admission.kinds(alternative).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String format(Conjunction alternative) {
    for (SchemaNode member : alternative.members()) {
      if (member.text("format") != null) {
        return member.text("format");
      }
    }
    return null;
  }

  private static List<String> listed(Conjunction alternative, Kind kind) {
    List<JsonNode> values = Admission.values(alternative, kind);
    List<String> literals = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> literals.add(CanonicalJson.of(v)));
    }
    return literals;
  }

  private static @Nullable String label(Conjunction alternative) {
    String label = alternative.label();
    if (label != null) {
      return label;
    }
    for (SchemaNode member : alternative.members()) {
      if (member.title() != null) {
        return member.title();
      }
      if (member.definitionName() != null) {
        return member.definitionName();
      }
    }
    return null;
  }

  private static @Nullable String defaultOf(List<SchemaNode> schemas) {
    for (SchemaNode schema : schemas) {
      JsonNode value = schema.json().isObject() ? schema.json().get("default") : null;
      if (value != null) {
        return CanonicalJson.of(value);
      }
    }
    return null;
  }

  private static @Nullable String descriptionOf(List<SchemaNode> schemas) {
    for (SchemaNode schema : schemas) {
      JsonNode value = schema.json().isObject() ? schema.json().get("description") : null;
      if (value != null && value.isTextual()) {
        return value.textValue();
      }
    }
    return null;
  }

  /**
   * One type, or a union with null first (as {@link UnionType#nullable} writes it). Types are
   * never hashed here: a definition used in two places is one shared instance, and hashing a
   * record walks every path through such sharing.
   */
  private static boolean leaf(DataType type) {
    return !(type instanceof RecordType || type instanceof ArrayType || type instanceof MapType
        || type instanceof UnionType);
  }

  private static DataType union(List<DataType> types) {
    if (types.isEmpty()) {
      return new AnyType();
    }
    List<DataType> unique = new ArrayList<>();
    for (DataType type : types) {
      if (unique.stream().noneMatch(u -> u == type || (leaf(u) && u.equals(type)))) {
        unique.add(type);
      }
    }
    if (unique.size() == 1) {
      return unique.get(0);
    }
    List<DataType> branches = new ArrayList<>();
    unique.stream().filter(DataType::isNullable).forEach(branches::add);
    unique.stream().filter(t -> !t.isNullable()).forEach(branches::add);
    return new UnionType(branches);
  }
}
