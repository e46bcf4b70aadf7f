package dev.treaty.avro.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.avro.internal.read.Definitions;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.ArrayType;
import dev.treaty.model.DataType.DecimalType;
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
import dev.treaty.model.UnsupportedFeatureException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Maps an Avro schema into the format-neutral model. Avro data carries exactly the writer's
 * fields, so records are closed and every field is present ({@code required}); a field's default
 * is kept as its JSON text. Named types are mapped once and shared; a named type that refers back
 * to itself becomes a {@link RefType} inside its own definition, and is listed in the model's
 * definitions.
 *
 * <p>Not thread-safe: one mapper per mapping.
 */
public final class ModelMapper {

  /** Deeper data nesting is refused rather than risking the stack. */
  public static final int MAX_DEPTH = 500;

  private final @Nullable Definitions definitions;
  private final Map<String, DataType> named = new HashMap<>();
  private final Set<String> mapping = new HashSet<>();
  private final Set<String> recursive = new HashSet<>();
  private final Map<String, DataType> refs = new LinkedHashMap<>();

  /**
   * A mapper.
   *
   * @param definitions where named types are defined (for the exact text of defaults), or
   *     {@code null} for schemas not read from files
   */
  public ModelMapper(@Nullable Definitions definitions) {
    this.definitions = definitions;
  }

  /**
   * Maps a whole schema.
   *
   * @param schema the payload's schema
   * @param definitions where named types are defined, or {@code null}
   * @return the model
   * @throws UnsupportedFeatureException for a union without branches (no value exists to model)
   *     or data nested more than {@value #MAX_DEPTH} levels deep
   */
  public static SchemaModel map(Schema schema, @Nullable Definitions definitions) {
    ModelMapper mapper = new ModelMapper(definitions);
    DataType root = mapper.type(schema);
    return new SchemaModel(root, mapper.refs);
  }

  /**
   * Maps one schema (and what it contains).
   *
   * @param schema any schema
   * @return its type
   */
  public DataType type(Schema schema) {
    return map(schema, 0);
  }

  private DataType map(Schema schema, int depth) {
    if (depth > MAX_DEPTH) {
      throw new UnsupportedFeatureException("The schema's data nests more than " + MAX_DEPTH
          + " levels deep at " + AvroTypes.describe(schema) + "; Treaty maps at most "
          + MAX_DEPTH + ".");
    }
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> named(schema, depth);
      case ARRAY -> new ArrayType(map(schema.getElementType(), depth + 1), Constraints.NONE);
      case MAP -> new MapType(map(schema.getValueType(), depth + 1), Constraints.NONE);
      case UNION -> union(schema, depth);
      case NULL -> ScalarType.of(ScalarKind.NULL);
      case BOOLEAN -> ScalarType.of(ScalarKind.BOOLEAN);
      case INT -> integer(schema);
      case LONG -> longInteger(schema);
      case FLOAT -> ScalarType.of(ScalarKind.FLOAT);
      case DOUBLE -> ScalarType.of(ScalarKind.DOUBLE);
      case STRING -> "uuid".equals(AvroTypes.logicalName(schema))
          ? ScalarType.of(ScalarKind.UUID) : ScalarType.of(ScalarKind.STRING);
      case BYTES -> bytes(schema);
    };
  }

  private DataType named(Schema schema, int depth) {
    String name = schema.getFullName();
    DataType done = named.get(name);
    if (done != null) {
      return done;
    }
    if (mapping.contains(name)) {
      recursive.add(name);
      return new RefType(name);
    }
    mapping.add(name);
    DataType type = switch (schema.getType()) {
      case RECORD -> record(schema, depth);
      case ENUM -> new EnumType(name, schema.getEnumSymbols(), schema.getEnumDefault());
      default -> fixed(schema);
    };
    mapping.remove(name);
    named.put(name, type);
    if (recursive.contains(name)) {
      refs.put(name, type);
    }
    return type;
  }

  private DataType record(Schema schema, int depth) {
    List<Field> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      fields.add(new Field(field.name(), map(field.schema(), depth + 1), true,
          defaultText(schema, field), List.copyOf(field.aliases()), field.doc()));
    }
    return new RecordType(schema.getFullName(), fields, null, Constraints.NONE);
  }

  private static DataType fixed(Schema schema) {
    String logical = AvroTypes.logicalName(schema);
    LogicalTypes.Decimal decimal = AvroTypes.decimal(schema);
    if (decimal != null) {
      return new DecimalType(decimal.getPrecision(), decimal.getScale(), Constraints.NONE);
    }
    if ("uuid".equals(logical)) {
      return ScalarType.of(ScalarKind.UUID);
    }
    long size = schema.getFixedSize();
    Constraints length = Constraints.NONE.withLength(size, size);
    // duration has no neutral type: twelve bytes (months, days, millis) marked by their format
    return new ScalarType(ScalarKind.BYTES,
        "duration".equals(logical) ? length.withFormat("duration") : length);
  }

  private DataType union(Schema schema, int depth) {
    List<Schema> branches = schema.getTypes();
    if (branches.isEmpty()) {
      throw new UnsupportedFeatureException("The schema has a union without branches ("
          + AvroTypes.describe(schema) + "); no value can be written with it, so Treaty has no "
          + "model for it.");
    }
    if (branches.size() == 1) {
      return map(branches.get(0), depth + 1);
    }
    List<DataType> types = new ArrayList<>();
    for (Schema branch : branches) {
      types.add(map(branch, depth + 1));
    }
    return new UnionType(types);
  }

  private static DataType integer(Schema schema) {
    String logical = AvroTypes.logicalName(schema);
    if ("date".equals(logical)) {
      return ScalarType.of(ScalarKind.DATE);
    }
    if ("time-millis".equals(logical)) {
      return new TimeType(TimeUnit.MILLIS);
    }
    return ScalarType.of(ScalarKind.INT32);
  }

  private static DataType longInteger(Schema schema) {
    String logical = AvroTypes.logicalName(schema);
    if (logical == null) {
      return ScalarType.of(ScalarKind.INT64);
    }
    return switch (logical) {
      case "time-micros" -> new TimeType(TimeUnit.MICROS);
      case "timestamp-millis" -> new TimestampType(TimeUnit.MILLIS, true);
      case "timestamp-micros" -> new TimestampType(TimeUnit.MICROS, true);
      case "timestamp-nanos" -> new TimestampType(TimeUnit.NANOS, true);
      case "local-timestamp-millis" -> new TimestampType(TimeUnit.MILLIS, false);
      case "local-timestamp-micros" -> new TimestampType(TimeUnit.MICROS, false);
      case "local-timestamp-nanos" -> new TimestampType(TimeUnit.NANOS, false);
      default -> ScalarType.of(ScalarKind.INT64);
    };
  }

  private static DataType bytes(Schema schema) {
    LogicalTypes.Decimal decimal = AvroTypes.decimal(schema);
    if (decimal != null) {
      return new DecimalType(decimal.getPrecision(), decimal.getScale(), Constraints.NONE);
    }
    if ("big-decimal".equals(AvroTypes.logicalName(schema))) {
      return new DecimalType(0, 0, Constraints.NONE); // the scale travels with each value
    }
    return ScalarType.of(ScalarKind.BYTES);
  }

  private @Nullable String defaultText(Schema record, Schema.Field field) {
    if (!field.hasDefaultValue()) {
      return null;
    }
    Definitions.Definition definition = definitions == null ? null
        : definitions.get(record.getFullName());
    if (definition != null) {
      JsonNode written = definition.node().path("fields").path(field.pos()).get("default");
      if (written != null) {
        return written.toString();
      }
    }
    return AvroTypes.defaultJson(field);
  }
}
