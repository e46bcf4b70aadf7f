package dev.treaty.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The format-neutral type system. Each schema format (JSON Schema, Avro, Protobuf) maps its native
 * schema into a tree of these types, so that one expectation can be checked against any format
 * and metadata attaches by {@link FieldPath}.
 *
 * <p>Nullability is not a flag: a nullable value has a {@link UnionType} that includes
 * {@link ScalarKind#NULL}. Presence (whether a field may be absent from the data) is a property of
 * the {@link Field}. Recursive types use {@link RefType}, resolved through {@link SchemaModel}.
 *
 * <p>Which types can be read as which is defined once, by {@link #conversion(DataType, DataType)}.
 */
public sealed interface DataType {

  /**
   * The type's name as users write it in expectations and see it in messages, e.g.
   * {@code int64}, {@code decimal(10,2)}, {@code timestamp(millis)}, {@code array<string>}.
   *
   * @return the name
   */
  String typeName();

  /**
   * Value constraints on this type.
   *
   * @return the constraints; {@link Constraints#NONE} when there are none
   */
  default Constraints constraints() {
    return Constraints.NONE;
  }

  /**
   * Whether {@code null} is one of this type's values.
   *
   * @return {@code true} for the null type and for unions that include it
   */
  default boolean isNullable() {
    return false;
  }

  /**
   * This type without {@code null}: the union's other branch when exactly one remains, a smaller
   * union when several do, the type itself when it is not nullable.
   *
   * @return the non-null part of this type
   */
  default DataType withoutNull() {
    return this;
  }

  /** The primitive kinds. */
  enum ScalarKind {
    /** Only the value null. */
    NULL,
    /** true or false. */
    BOOLEAN,
    /** 32-bit signed integer. */
    INT32,
    /** 64-bit signed integer. */
    INT64,
    /** Integer of unbounded size (a JSON {@code integer}). */
    INTEGER,
    /** IEEE 754 binary32. */
    FLOAT,
    /** IEEE 754 binary64. */
    DOUBLE,
    /** Decimal number of unbounded size and precision (a JSON {@code number}). */
    NUMBER,
    /** Unicode text. */
    STRING,
    /** Binary data. */
    BYTES,
    /** A calendar date without time zone. */
    DATE,
    /** An RFC 4122 UUID. */
    UUID;

    /**
     * The lower-case name, e.g. {@code int64}.
     *
     * @return the name
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A primitive value.
   *
   * @param kind which primitive
   * @param constraints constraints on its values
   */
  record ScalarType(ScalarKind kind, Constraints constraints) implements DataType {
    /** Validates the type. */
    public ScalarType {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(constraints, "constraints");
    }

    /**
     * An unconstrained scalar.
     *
     * @param kind which primitive
     * @return the type
     */
    public static ScalarType of(ScalarKind kind) {
      return new ScalarType(kind, Constraints.NONE);
    }

    @Override
    public String typeName() {
      return kind.label();
    }

    @Override
    public boolean isNullable() {
      return kind == ScalarKind.NULL;
    }
  }

  /**
   * An exact decimal number.
   *
   * @param precision total number of digits, or 0 when unbounded
   * @param scale digits after the decimal point
   * @param constraints constraints on its values
   */
  record DecimalType(int precision, int scale, Constraints constraints) implements DataType {
    /** Validates the type. */
    public DecimalType {
      if (precision < 0 || scale < 0 || (precision > 0 && scale > precision)) {
        throw new IllegalArgumentException(
            "decimal(" + precision + "," + scale + ") needs 0 <= scale <= precision");
      }
      Objects.requireNonNull(constraints, "constraints");
    }

    @Override
    public String typeName() {
      return precision == 0 ? "decimal" : "decimal(" + precision + "," + scale + ")";
    }
  }

  /**
   * A time of day without date or zone.
   *
   * @param unit the encoded resolution
   */
  record TimeType(TimeUnit unit) implements DataType {
    /** Validates the type. */
    public TimeType {
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String typeName() {
      return "time(" + unit.label() + ")";
    }
  }

  /**
   * An instant or a local date-time.
   *
   * @param unit the encoded resolution
   * @param utc {@code true} for an instant (UTC-adjusted), {@code false} for a local date-time
   */
  record TimestampType(TimeUnit unit, boolean utc) implements DataType {
    /** Validates the type. */
    public TimestampType {
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String typeName() {
      return (utc ? "timestamp(" : "local-timestamp(") + unit.label() + ")";
    }
  }

  /**
   * A closed set of symbols.
   *
   * @param name the enum's name in the schema, or {@code null} when anonymous
   * @param symbols the symbols, in schema order
   * @param defaultSymbol the symbol a reader substitutes for a symbol it does not know, or
   *     {@code null} when unknown symbols fail
   */
  record EnumType(@Nullable String name, List<String> symbols, @Nullable String defaultSymbol)
      implements DataType {
    /** Copies the symbols and checks the default is one of them. */
    public EnumType {
      symbols = List.copyOf(symbols);
      if (defaultSymbol != null && !symbols.contains(defaultSymbol)) {
        throw new IllegalArgumentException(
            "default symbol " + defaultSymbol + " is not one of " + symbols);
      }
    }

    @Override
    public String typeName() {
      return "enum";
    }
  }

  /**
   * A field of a {@link RecordType}.
   *
   * @param name the field's name in the data
   * @param type the field's type
   * @param required whether the field is always present in the data
   * @param defaultValue the default a reader uses when the field is absent, as a JSON literal, or
   *     {@code null} when there is none
   * @param aliases other names a reader accepts for this field
   * @param description the schema's documentation of the field, or {@code null}
   */
  record Field(
      String name,
      DataType type,
      boolean required,
      @Nullable String defaultValue,
      List<String> aliases,
      @Nullable String description) {
    /** Validates the field. */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(aliases);
    }

    /**
     * A field with no default, aliases or description.
     *
     * @param name the name
     * @param type the type
     * @param required whether it is always present
     * @return the field
     */
    public static Field of(String name, DataType type, boolean required) {
      return new Field(name, type, required, null, List.of(), null);
    }
  }

  /**
   * A record or object: named fields, and possibly other fields.
   *
   * @param name the record's name in the schema, or {@code null} when anonymous
   * @param fields the declared fields, in schema order
   * @param additionalFields the type of fields not declared: {@code null} when the record is closed
   *     (no other fields occur in the data), {@link AnyType} when anything may occur
   * @param constraints constraints on the number of fields
   */
  record RecordType(
      @Nullable String name, List<Field> fields, @Nullable DataType additionalFields,
      Constraints constraints) implements DataType {
    /** Copies the fields and checks that their names are unique. */
    public RecordType {
      fields = List.copyOf(fields);
      Set<String> seen = new HashSet<>();
      for (Field field : fields) {
        if (!seen.add(field.name())) {
          throw new IllegalArgumentException("field " + field.name() + " occurs twice");
        }
      }
      Objects.requireNonNull(constraints, "constraints");
    }

    /**
     * The declared field of that name, if any.
     *
     * @param fieldName the name
     * @return the field, or {@code null}
     */
    public @Nullable Field field(String fieldName) {
      for (Field field : fields) {
        if (field.name().equals(fieldName)) {
          return field;
        }
      }
      return null;
    }

    /**
     * Whether fields other than the declared ones may occur in the data.
     *
     * @return {@code true} unless the record is closed
     */
    public boolean isOpen() {
      return additionalFields != null;
    }

    @Override
    public String typeName() {
      return "record";
    }
  }

  /**
   * An ordered list of values of one type.
   *
   * @param items the element type
   * @param constraints constraints on the number of elements
   */
  record ArrayType(DataType items, Constraints constraints) implements DataType {
    /** Validates the type. */
    public ArrayType {
      Objects.requireNonNull(items, "items");
      Objects.requireNonNull(constraints, "constraints");
    }

    @Override
    public String typeName() {
      return "array<" + items.typeName() + ">";
    }
  }

  /**
   * A map from string keys to values of one type.
   *
   * @param values the value type
   * @param constraints constraints on the number of entries
   */
  record MapType(DataType values, Constraints constraints) implements DataType {
    /** Validates the type. */
    public MapType {
      Objects.requireNonNull(values, "values");
      Objects.requireNonNull(constraints, "constraints");
    }

    @Override
    public String typeName() {
      return "map<" + values.typeName() + ">";
    }
  }

  /**
   * One of several types (an Avro union, a Protobuf oneof seen as a value, a JSON Schema
   * {@code oneOf}/{@code anyOf} or type array).
   *
   * @param branches the alternatives, in schema order; at least two
   */
  record UnionType(List<DataType> branches) implements DataType {
    /** Copies the branches. */
    public UnionType {
      branches = List.copyOf(branches);
      if (branches.size() < 2) {
        throw new IllegalArgumentException("a union needs at least two branches, got " + branches);
      }
    }

    /**
     * {@code type} made nullable: a union of null and the type (unchanged if already nullable).
     *
     * @param type the type
     * @return the nullable type
     */
    public static DataType nullable(DataType type) {
      if (type.isNullable()) {
        return type;
      }
      List<DataType> list = new ArrayList<>();
      list.add(ScalarType.of(ScalarKind.NULL));
      if (type instanceof UnionType union) {
        list.addAll(union.branches());
      } else {
        list.add(type);
      }
      return new UnionType(list);
    }

    @Override
    public boolean isNullable() {
      return branches.stream().anyMatch(DataType::isNullable);
    }

    @Override
    public DataType withoutNull() {
      List<DataType> rest = branches.stream()
          .filter(b -> !(b instanceof ScalarType s && s.kind() == ScalarKind.NULL))
          .collect(Collectors.toList());
      return rest.size() == 1 ? rest.get(0) : rest.size() == branches.size() ? this : new UnionType(rest);
    }

    @Override
    public String typeName() {
      return branches.stream().map(DataType::typeName).collect(Collectors.joining(",", "union<", ">"));
    }
  }

  /** Any value at all (a JSON Schema {@code {}} or {@code true}). */
  record AnyType() implements DataType {
    @Override
    public String typeName() {
      return "any";
    }

    @Override
    public boolean isNullable() {
      return true;
    }
  }

  /**
   * A reference to a named type, used where types are recursive; resolve it with
   * {@link SchemaModel#resolve(DataType)}.
   *
   * @param name the referenced type's name in {@link SchemaModel#definitions()}
   */
  record RefType(String name) implements DataType {
    /** Validates the reference. */
    public RefType {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String typeName() {
      return name;
    }
  }

  /**
   * How values written as {@code writer} read as {@code reader}, for scalar and logical types. This
   * is the one place that says which types can be read as which; formats apply their own encoding
   * rules on top (for example, Avro's binary encoding cannot read an {@code int64} as a
   * {@code string} at all).
   *
   * <p>Identical types read as {@link Conversion#IDENTICAL}. Widening that keeps every value
   * exactly — {@code int32} as {@code int64}, {@code double}, {@code integer}, {@code number} or a
   * decimal with at least 10 integer digits; {@code int64} as {@code integer}, {@code number} or a
   * decimal with at least 19 integer digits; {@code float} as {@code double}; a decimal as a
   * decimal with at least as many integer and fraction digits; {@code uuid} or an enum as
   * {@code string} — is {@link Conversion#LOSSLESS}. Widening that can round ({@code int32} as
   * {@code float}, {@code int64} as {@code float} or {@code double}, {@code integer},
   * {@code number} or a decimal as {@code double}, a decimal as one with fewer fraction digits) is
   * {@link Conversion#LOSSY}. Everything else — a decimal with too few integer digits (large values
   * overflow), a timestamp read with a different unit or zone meaning — is
   * {@link Conversion#INCOMPATIBLE}: it fails, or decodes with a different meaning.
   *
   * @param writer the type the data was written with
   * @param reader the type the data is read as
   * @return the conversion
   */
  static Conversion conversion(DataType writer, DataType reader) {
    return TypeConversions.of(writer, reader);
  }

  /** The result of {@link #conversion(DataType, DataType)}. */
  enum Conversion {
    /** The same type. */
    IDENTICAL,
    /** Every value reads exactly. */
    LOSSLESS,
    /** Every value reads, some rounded or truncated. */
    LOSSY,
    /** Values do not read, or read with a different meaning. */
    INCOMPATIBLE;

    /**
     * Whether every value keeps its meaning.
     *
     * @return {@code true} for {@link #IDENTICAL} and {@link #LOSSLESS}
     */
    public boolean preservesValues() {
      return this == IDENTICAL || this == LOSSLESS;
    }
  }
}
